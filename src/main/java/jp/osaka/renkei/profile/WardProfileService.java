package jp.osaka.renkei.profile;

import java.util.List;

import jp.osaka.renkei.action.ActionFilter;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.action.ActionSort;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.results.WardHistoryService;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ward's profile by its 全国地方公共団体コード: the bureau opens any ward's, a ward's users their own ward's;
 * another ward's is refused (by {@link WardHistoryService}), and viewers are refused here.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.WARD_OFFICE + "', '" + Roles.SUPPORT_ROOM + "', '" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class WardProfileService {

    /** More than any ward has had; the profile lists a ward's actions, it does not page them. */
    static final int MAX_ACTIONS = 200;

    private final WardService wards;
    private final WardHistoryService histories;
    private final ActionSearch actions;

    WardProfileService(WardService wards, WardHistoryService histories, ActionSearch actions) {
        this.wards = wards;
        this.histories = histories;
        this.actions = actions;
    }

    /** The profile of the ward with the code; an unknown code is {@code ward.notFound}. */
    public WardProfile profile(String wardCode) {
        Ward ward = wards.findByCode(wardCode).orElseThrow(() -> new DomainException("ward.notFound"));
        WardHistory history = histories.history(ward.getId());
        List<ActionRow> own = actions.find(new ActionFilter(ward.getId(), false, null, null, null, null, false),
                PageRequest.of(0, MAX_ACTIONS, ActionSort.DUE_DATE.ascending()));
        return new WardProfile(history, own);
    }
}
