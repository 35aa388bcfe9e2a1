package jp.osaka.renkei.ward;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.EmailAddress;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wards, in the city's official order. Ward names are not confidential: any signed-in user reads them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class WardService implements WardDirectory {

    private final WardRepository wards;
    private final ApplicationEventPublisher events;

    WardService(WardRepository wards, ApplicationEventPublisher events) {
        this.wards = wards;
        this.events = events;
    }

    /**
     * Renames a ward (administrators), if nobody changed the ward since it was read ("ward.stale"); its official
     * code and its answers stay as they are.
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public Ward rename(long id, long expectedVersion, String ja, String en) {
        Ward ward = wards.findById(id).orElseThrow(() -> new DomainException("ward.notFound"));
        if (ward.getVersion() != expectedVersion) {
            throw new DomainException("ward.stale");
        }
        String before = ward.getNameJa();
        ward.rename(ja, en);
        wards.saveAndFlush(ward);
        events.publishEvent(new WardEvent(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.WARD_RENAMED, ward.getCode(), before + " → " + ward.getNameJa()));
        return ward;
    }

    /**
     * The ward's shared addresses of 区役所 and 支援室 (null or blank: none), if nobody changed the ward since it
     * was read ("ward.stale"); each changed one is audited as WARD_MAILBOX_CHANGED, "role: old → new".
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public Ward changeMailboxes(long id, long expectedVersion, @Nullable String officeAddress,
            @Nullable String roomAddress) {
        Ward ward = wards.findById(id).orElseThrow(() -> new DomainException("ward.notFound"));
        if (ward.getVersion() != expectedVersion) {
            throw new DomainException("ward.stale");
        }
        changeMailbox(ward, Role.WARD_OFFICE, officeAddress);
        changeMailbox(ward, Role.SUPPORT_ROOM, roomAddress);
        return wards.saveAndFlush(ward);
    }

    private void changeMailbox(Ward ward, Role role, @Nullable String address) {
        String before = ward.mailbox(role).orElse(null);
        ward.changeMailbox(role, address);
        String after = ward.mailbox(role).orElse(null);
        if (!Objects.equals(before, after)) {
            events.publishEvent(new WardEvent(SecurityContextHolder.getContext().getAuthentication().getName(),
                    AuditAction.WARD_MAILBOX_CHANGED, ward.getCode(),
                    role + ": " + EmailAddress.change(before, after)));
        }
    }

    public List<Ward> findAll() {
        return wards.findAllByOrderBySortOrder();
    }

    /** How many wards there are: the base of every count over all wards. */
    public int count() {
        return Math.toIntExact(wards.count());
    }

    public Optional<Ward> findById(long id) {
        return wards.findById(id);
    }

    public Optional<Ward> findByCode(String code) {
        return wards.findByCode(code);
    }

    @Override
    public Optional<LocalizedText> nameOf(long wardId) {
        return wards.findById(wardId).map(Ward::getName);
    }

    /** Read during a directory sign-in, before anyone is signed in; ward codes are public. */
    @Override
    @PreAuthorize("permitAll()")
    public Optional<Long> idOf(String codeOrSlug) {
        String key = codeOrSlug.strip();
        return wards.findByCode(key).or(() -> wards.findBySlugIgnoreCase(key)).map(Ward::getId);
    }
}
