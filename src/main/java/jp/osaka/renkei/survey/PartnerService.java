package jp.osaka.renkei.survey;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 関係機関 in their order, for features that refer to partners (e.g. actions). Names are not confidential. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    public List<PartnerSummary> findAll() {
        return partners.findAllByOrderBySortOrder().stream().map(PartnerSummary::of).toList();
    }
}
