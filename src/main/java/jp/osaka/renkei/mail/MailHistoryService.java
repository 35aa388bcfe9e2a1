package jp.osaka.renkei.mail;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 送信履歴 (administrators): every message of the outbox, newest first, filtered, and 再送 of failed ones. */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class MailHistoryService {

    private final MailHistoryRepository history;
    private final WardDirectory wards;
    private final MailProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailHistoryService(MailHistoryRepository history, WardDirectory wards, MailProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.history = history;
        this.wards = wards;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the matching messages, newest first. */
    public List<MailRow> find(MailFilter filter, Pageable page) {
        return history.find(filter.status(), filter.kind(), filter.wardId(), filter.pattern(), page);
    }

    public long count(MailFilter filter) {
        return history.count(filter.status(), filter.kind(), filter.wardId(), filter.pattern());
    }

    /** For the status chips: how many messages of each status match the filter's other criteria (0 for none). */
    public Map<MailStatus, Long> countByStatus(MailFilter filter) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : history.countByStatus(filter.kind(), filter.wardId(), filter.pattern())) {
            counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public Optional<MailDetail> detail(long id) {
        return history.findRow(id).flatMap(row -> history.findById(id).map(message -> new MailDetail(row,
                message.getWardId() == null ? null : wards.nameOf(message.getWardId()).orElse(null),
                message.getLanguage(), message.getNextAttemptAt(), message.getText(), message.getHtml())));
    }

    /**
     * 再送: a failed message goes back to the queue and is tried at once. A message held while sending was off may
     * be sent too, once sending is on; while it is off, resending would only hold it again.
     */
    @Transactional
    public void resend(long id, long expectedVersion) {
        MailMessage message = history.findById(id).orElseThrow(() -> new DomainException("mail.notFound"));
        if (message.getVersion() != expectedVersion) {
            throw new DomainException("mail.stale");
        }
        if (message.getStatus() == MailStatus.HELD && !properties.enabled()) {
            throw new DomainException("mail.resend.sendingOff");
        }
        if (message.getStatus() != MailStatus.FAILED && message.getStatus() != MailStatus.HELD) {
            throw new DomainException("mail.resend.notFailed");
        }
        message.resend(clock.instant());
        events.publishEvent(MailEvent.of(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.MAIL_RESENT, message));
    }

    /** Whether a message in this status may be resent now (the dialog's 再送 button). */
    public boolean mayResend(MailStatus status) {
        return status == MailStatus.FAILED || status == MailStatus.HELD && properties.enabled();
    }
}
