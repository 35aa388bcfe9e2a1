package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.reporting.AnswerHistory;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ward's answers over all rounds, for its profile: the bureau reads any ward's, a ward's own users only
 * their own ward's, and viewers none (they see aggregates only). The rounds are those of 集計結果: the bureau
 * follows a round from its opening, everyone else once it is published.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.WARD_OFFICE + "', '" + Roles.SUPPORT_ROOM + "', '" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class WardHistoryService {

    private final AnswerHistory answers;
    private final RoundService rounds;
    private final WardService wards;
    private final CurrentUser currentUser;

    WardHistoryService(AnswerHistory answers, RoundService rounds, WardService wards, CurrentUser currentUser) {
        this.answers = answers;
        this.rounds = rounds;
        this.wards = wards;
        this.currentUser = currentUser;
    }

    /** The ward's history; another ward's, asked by a ward user, is refused. */
    public WardHistory history(long wardId) {
        RenkeiUser user = currentUser.require();
        if (!user.canAccessWard(wardId)) {
            throw new AccessDeniedException("History of another ward");
        }
        Ward ward = wards.findById(wardId).orElseThrow(() -> new DomainException("ward.notFound"));
        List<RoundSummary> visible = rounds.findAll().stream().filter(round -> ResultsService.visible(user, round))
                .toList();
        return WardHistoryAssembly.assemble(ward.getId(), ward.getCode(), ward.getName(), visible,
                answers.ofWard(wardId));
    }
}
