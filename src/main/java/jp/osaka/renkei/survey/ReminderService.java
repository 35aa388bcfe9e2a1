package jp.osaka.renkei.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催促: the bureau reminds every ward that has not submitted; each ward sees its own reminder on ホーム. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReminderService {

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final ReminderRepository reminders;
    private final WardService wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderService(RoundRepository rounds, ResponseRepository responses, ReminderRepository reminders,
            WardService wards, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.reminders = reminders;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds every ward × respondent type of the round whose response is not submitted; returns how many. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public int remindMissing(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new DomainException("round.notFound", roundId));
        if (!round.acceptsAnswers()) {
            throw new DomainException("reminder.roundNotOpen");
        }
        String sender = currentUser.require().username();
        Instant now = clock.instant();
        int sent = 0;
        for (Ward ward : wards.findAll()) {
            for (RespondentType type : RespondentType.values()) {
                if (!isSubmitted(roundId, ward.getId(), type)) {
                    reminders.save(new Reminder(roundId, ward.getId(), type, sender, now));
                    sent++;
                }
            }
        }
        events.publishEvent(new SurveyEvent(sender, "REMINDERS_SENT", Integer.toString(round.getFiscalYear()),
                Integer.toString(sent)));
        return sent;
    }

    /** The latest reminder for the signed-in ward user's own response, while it is not submitted. */
    public Optional<Instant> reminderForOwnResponse(long roundId) {
        RenkeiUser user = currentUser.require();
        Long wardId = user.wardId();
        RespondentType type = RespondentType.of(user.role()).orElse(null);
        if (wardId == null || type == null || isSubmitted(roundId, wardId, type)) {
            return Optional.empty();
        }
        return reminders.findFirstByRoundIdAndWardIdAndRespondentTypeOrderBySentAtDesc(roundId, wardId, type)
                .map(Reminder::getSentAt);
    }

    private boolean isSubmitted(long roundId, long wardId, RespondentType type) {
        return responses.findStatus(roundId, wardId, type).filter(s -> s == ResponseStatus.SUBMITTED).isPresent();
    }
}
