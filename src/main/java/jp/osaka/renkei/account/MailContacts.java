package jp.osaka.renkei.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.security.Role;

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

    /** The enabled users of a ward role in every ward, by ward id, in one query (mails to all wards at once). */
    public Map<Long, List<MailContact>> ofRoleByWard(Role role) {
        return users.findByRoleAndEnabledTrueOrderByUsername(role).stream().collect(Collectors.groupingBy(
                user -> Objects.requireNonNull(user.getWardId()), Collectors.mapping(MailContact::of,
                        Collectors.toList())));
    }

    /** An enabled user by username. */
    public Optional<MailContact> of(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(MailContact::of);
    }
}
