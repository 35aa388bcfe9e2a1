package jp.osaka.renkei.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final SendBacks sendBacks;
    private final WardService wards;

    MissingResponseService(ResponseRepository responses, SendBacks sendBacks, WardService wards) {
        this.responses = responses;
        this.sendBacks = sendBacks;
        this.wards = wards;
    }

    /** Per respondent type, the wards without a submitted response: three queries, whatever the number of wards. */
    public List<MissingResponses> missing(long roundId) {
        List<Ward> all = wards.findAll();
        List<Response> round = responses.findByRoundId(roundId);
        Map<WardType, Response> byWard = round.stream()
                .collect(Collectors.toMap(r -> new WardType(r.getWardId(), r.getRespondentType()), r -> r));
        Set<Long> sentBack = sendBacks.of(round).keySet(); // 差し戻し中 as 回答状況 reads it
        return Arrays.stream(RespondentType.values()).map(type -> {
            List<MissingResponse> missing = new ArrayList<>();
            for (Ward ward : all) {
                Response response = byWard.get(new WardType(ward.getId(), type));
                if (response == null || response.getStatus() != ResponseStatus.SUBMITTED) {
                    missing.add(new MissingResponse(ward.getId(), ward.getName(), state(response, sentBack)));
                }
            }
            return new MissingResponses(type, all.size(), missing);
        }).toList();
    }

    private static MissingResponse.State state(@Nullable Response response, Set<Long> sentBack) {
        if (response == null) {
            return MissingResponse.State.NOT_STARTED;
        }
        return sentBack.contains(response.getId()) ? MissingResponse.State.SENT_BACK : MissingResponse.State.DRAFT;
    }
}
