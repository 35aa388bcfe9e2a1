package jp.osaka.renkei.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 未提出の区: which wards have not submitted to a round, per respondent type, before the bureau closes or publishes it. */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class MissingResponseService {

    private final ResponseRepository responses;
    private final WardService wards;

    MissingResponseService(ResponseRepository responses, WardService wards) {
        this.responses = responses;
        this.wards = wards;
    }

    /** Per respondent type, the wards without a submitted response: three queries, whatever the number of wards. */
    public List<MissingResponses> missing(long roundId) {
        List<Ward> all = wards.findAll();
        Set<WardType> submitted = Set.copyOf(responses.findSubmitted(roundId));
        Map<WardType, DraftResponse> drafts = responses.findDrafts(roundId).stream()
                .collect(Collectors.toMap(d -> new WardType(d.wardId(), d.type()), Function.identity()));
        return Arrays.stream(RespondentType.values()).map(type -> {
            List<MissingResponse> missing = new ArrayList<>();
            for (Ward ward : all) {
                WardType key = new WardType(ward.getId(), type);
                if (!submitted.contains(key)) {
                    missing.add(new MissingResponse(ward.getId(), ward.getName(), state(drafts.get(key))));
                }
            }
            return new MissingResponses(type, all.size(), missing);
        }).toList();
    }

    private static MissingResponse.State state(@Nullable DraftResponse draft) {
        if (draft == null) {
            return MissingResponse.State.NOT_STARTED;
        }
        return draft.sendBacks() > 0 ? MissingResponse.State.SENT_BACK : MissingResponse.State.DRAFT;
    }
}
