package jp.osaka.renkei.base.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users' addresses for the mail feature, which runs as the system or inside the change of whoever caused the
 * mail: no access check of its own, and no user interface reaches it. Disabled accounts get no mail.
 */
@Component
@Transactional(readOnly = true)
public class MailContacts {

    private final AppUserRepository users;

    MailContacts(AppUserRepository users) {
        this.users = users;
    }

    /** The enabled users of a ward in a ward role, by username. */
    public List<MailContact> ofWard(long wardId, Role role) {
        return users.findByWardIdAndRoleAndEnabledTrueOrderByUsername(wardId, role).stream().map(MailContact::of)
                .toList();
    }

    /** An enabled user by username. */
    public Optional<MailContact> of(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(MailContact::of);
    }
}
