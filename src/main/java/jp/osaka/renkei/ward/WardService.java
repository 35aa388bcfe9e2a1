package jp.osaka.renkei.ward;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.i18n.LocalizedText;

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

    /** Renames a ward (administrators); its official code and its answers stay as they are. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public Ward rename(long id, String ja, String en) {
        Ward ward = wards.findById(id).orElseThrow(() -> new DomainException("ward.notFound"));
        String before = ward.getNameJa();
        ward.rename(ja, en);
        events.publishEvent(new WardEvent(SecurityContextHolder.getContext().getAuthentication().getName(),
                "WARD_RENAMED", ward.getCode(), before + " → " + ward.getNameJa()));
        return ward;
    }

    public List<Ward> findAll() {
        return wards.findAllByOrderBySortOrder();
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
}
