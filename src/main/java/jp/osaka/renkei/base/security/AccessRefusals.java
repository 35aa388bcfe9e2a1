package jp.osaka.renkei.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Logs a refused access with the user and the target and publishes it for the audit log. The refusal itself
 * is shown whatever happens here: a record that cannot be written (the database away) is logged instead.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);
    private static final int MAX_TEXT = 200;

    private final ApplicationEventPublisher events;

    AccessRefusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The current user was refused {@code target} (a path) for {@code reason}. */
    public void refused(String target, String reason) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "" : authentication.getName();
        AccessRefusal refusal = new AccessRefusal(actor, shortened(target), shortened(reason));
        log.warn("Access refused: '{}' to '{}' ({})", refusal.actor(), refusal.target(), refusal.reason());
        try {
            events.publishEvent(refusal);
        } catch (RuntimeException e) {
            log.warn("The refusal could not be recorded in the audit log", e);
        }
    }

    private static String shortened(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
