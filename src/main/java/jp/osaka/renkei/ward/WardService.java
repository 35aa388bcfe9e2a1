package jp.osaka.renkei.ward;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.i18n.LocalizedText;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The wards, in the city's official order. Ward names are not confidential: any signed-in user reads them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class WardService implements WardDirectory {

    private final WardRepository wards;

    WardService(WardRepository wards) {
        this.wards = wards;
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
