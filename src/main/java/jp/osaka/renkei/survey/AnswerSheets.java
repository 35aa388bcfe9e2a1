package jp.osaka.renkei.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads an {@link AnswerSheet}: the instrument, the response and the comparison round's response. */
@Component
class AnswerSheets {

    private final InstrumentRepository instruments;
    private final ResponseRepository responses;
    private final AnswerChangeRepository history;
    private final WardService wards;
    private final UserAccountService accounts;

    AnswerSheets(InstrumentRepository instruments, ResponseRepository responses, AnswerChangeRepository history,
            WardService wards, UserAccountService accounts) {
        this.accounts = accounts;
        this.instruments = instruments;
        this.responses = responses;
        this.history = history;
        this.wards = wards;
    }

    Instrument instrument(Round round, RespondentType type) {
        return instruments.findWithItems(round.getId(), type)
                .orElseThrow(() -> new DomainException("instrument.notFound"));
    }

    AnswerSheet build(ResponseKey key, Round round, boolean userMayEdit) {
        Ward ward = wards.findById(key.wardId()).orElseThrow(() -> new DomainException("ward.notFound"));
        Response response = responses.findWithRatings(round.getId(), key.wardId(), key.type()).orElse(null);
        Map<Long, Level> previous = previousLevelsByPartner(round, key);
        List<AnswerSheet.Line> lines = instrument(round, key.type()).activeItems().stream()
                .map(item -> line(item, response, previous.get(item.getPartner().getId())))
                .toList();
        boolean editable = userMayEdit && round.acceptsAnswers()
                && (response == null || response.getStatus() == ResponseStatus.DRAFT);
        return new AnswerSheet(key, RoundSummary.of(round), ward.getName(),
                response == null ? null : response.getStatus(),
                response == null ? ResponseService.NEW : response.getVersion(), editable,
                response == null ? null : accounts.displayNameOf(response.getUpdatedBy()),
                response == null ? null : response.getUpdatedAt(),
                response == null || response.getSubmittedBy() == null ? null
                        : accounts.displayNameOf(response.getSubmittedBy()),
                response == null ? null : response.getSubmittedAt(), reopenReason(response), lines);
    }

    private @Nullable String reopenReason(@Nullable Response response) {
        if (response == null || response.getStatus() != ResponseStatus.DRAFT) {
            return null;
        }
        return history.findFirstByResponseIdAndFieldOrderByChangedAtDescIdDesc(response.getId(),
                        AnswerChange.Field.STATUS)
                .filter(change -> ResponseStatus.DRAFT.name().equals(change.getNewValue()))
                .map(AnswerChange::getNote).orElse(null);
    }

    private static AnswerSheet.Line line(InstrumentItem item, @Nullable Response response,
            @Nullable Level previous) {
        Rating rating = response == null ? null : response.getRatings().stream()
                .filter(r -> r.getItem().getId() == item.getId()).findFirst().orElse(null);
        return new AnswerSheet.Line(item.getId(), item.getItemNo(), item.getLabel(),
                rating == null ? null : rating.getLevel(), rating == null ? null : rating.getComment(), previous);
    }

    /** The comparison round's submitted answers, matched by partner so renumbered items still line up. */
    private Map<Long, Level> previousLevelsByPartner(Round round, ResponseKey key) {
        Map<Long, Level> levels = new HashMap<>();
        Round comparison = round.getComparisonRound();
        if (comparison == null) {
            return levels;
        }
        responses.findWithRatings(comparison.getId(), key.wardId(), key.type())
                .filter(r -> r.getStatus() == ResponseStatus.SUBMITTED)
                .ifPresent(r -> r.getRatings().forEach(rating -> {
                    if (rating.getLevel() != null) {
                        levels.put(rating.getItem().getPartner().getId(), rating.getLevel());
                    }
                }));
        return levels;
    }
}
