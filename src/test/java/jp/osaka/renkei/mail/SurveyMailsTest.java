package jp.osaka.renkei.mail;

import static jp.osaka.renkei.mail.MailFixture.KITA_EN;
import static jp.osaka.renkei.mail.MailFixture.KITA_JA;
import static jp.osaka.renkei.mail.MailFixture.KITA_ROOM_BOX;
import static jp.osaka.renkei.mail.MailFixture.MIYAKOJIMA_BOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The survey's changes write their mails to the outbox in their own transaction, to the right addresses. */
@MailTriggerTest
class SurveyMailsTest {

    private static final ResponseKey KITA_OFFICE = new ResponseKey(2031, 1L, RespondentType.WARD_OFFICE);

    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    ReminderService reminders;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    MailFixture fixture;

    @BeforeEach
    void twoWards(@Autowired ApplicationContext context) {
        fixture = new MailFixture(context);
        fixture.twoWards();
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    void openingARoundWritesOneHeldMessagePerRecipientWithDeadlineAndLink() {
        RoundSummary round = fixture.survey.openRound(2031);

        List<MailMessage> opened = fixture.messages(MailKind.ROUND_OPENED);

        assertThat(opened).extracting(MailMessage::getRecipient, MailMessage::getRecipientUser,
                MailMessage::getWardId, MailMessage::getLanguage, MailMessage::getStatus).containsExactlyInAnyOrder(
                tuple(KITA_JA, "mt-kita-1", 1L, Locale.JAPANESE, MailStatus.HELD),
                tuple(KITA_EN, "mt-kita-2", 1L, Locale.ENGLISH, MailStatus.HELD),
                tuple(KITA_ROOM_BOX, null, 1L, Locale.JAPANESE, MailStatus.HELD),
                tuple(MIYAKOJIMA_BOX, null, 2L, Locale.JAPANESE, MailStatus.HELD));
        MailMessage kita = opened.stream().filter(m -> m.getRecipient().equals(KITA_JA)).findFirst().orElseThrow();
        assertThat(kita.getSubject()).isEqualTo("【在宅医療・介護連携】令和13年度 連携状況調査への回答のお願い（締切 "
                + DateFormats.date(Objects.requireNonNull(round.deadline()), Locale.JAPANESE) + "）");
        assertThat(kita.getText()).contains("https://renkei.example.jp/responses/2031/271276/ward-office");
        assertThat(opened.stream().filter(m -> m.getRecipient().equals(KITA_ROOM_BOX)).findFirst().orElseThrow()
                .getText()).contains("北区 相談支援室 ご担当者様", "/responses/2031/271276/support-room");
    }

    @Test
    void aChangeThatFailsLeavesNoMessage() {
        RoundSummary draft = fixture.survey.draftRound(2031);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> SystemActor.run(() -> {
            rounds.open(draft.id(), LocalDate.now(clock).plusWeeks(2));
            throw new IllegalStateException("something after the round was opened fails");
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(fixture.messages(MailKind.ROUND_OPENED)).isEmpty();
        assertThat(SystemActor.call(() -> rounds.findByFiscalYear(2031)).orElseThrow().status())
                .isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theOneClickReminderMailsOnlyTheWardsThatHaveNotSubmitted() {
        RoundSummary round = fixture.survey.openRound(2031);
        submitKitaOffice();

        int reminded = fixture.as("mt-admin", () -> reminders.remindMissing(round.id()));

        assertThat(reminded).isEqualTo(47);
        assertThat(fixture.messages(MailKind.REMINDER)).extracting(MailMessage::getRecipient)
                .as("北区's ward office submitted: neither of its users is reminded")
                .containsExactlyInAnyOrder(KITA_ROOM_BOX, MIYAKOJIMA_BOX);
    }

    @Test
    void theAutomaticReminderMailsOnlyTheWardsThatHaveNotSubmitted() {
        fixture.survey.openRound(2031);
        submitKitaOffice();

        SystemActor.call(() -> reminders.remindBeforeDeadline(30, ZoneId.of("Asia/Tokyo")));
        SystemActor.call(() -> reminders.remindBeforeDeadline(30, ZoneId.of("Asia/Tokyo")));

        List<MailMessage> mails = fixture.messages(MailKind.REMINDER);
        assertThat(mails).extracting(MailMessage::getRecipient).as("once, however often it runs that day")
                .containsExactlyInAnyOrder(KITA_ROOM_BOX, MIYAKOJIMA_BOX);
        assertThat(mails.getFirst().getText()).contains("回答がまだ提出されていないため");
    }

    @Test
    void aSendBackMailsTheWardsRespondentWithTheReason() {
        fixture.survey.openRound(2031);
        AnswerSheet submitted = submitKitaOffice();
        String reason = "項目3の回答をご確認ください。<script>alert(1)</script>";

        fixture.as("mt-admin", () -> responses.reopen(KITA_OFFICE, reason, submitted.version()));

        List<MailMessage> mails = fixture.messages(MailKind.SENT_BACK);
        assertThat(mails).extracting(MailMessage::getRecipient).containsExactlyInAnyOrder(KITA_JA, KITA_EN);
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.getText()).contains(reason);
            assertThat(mail.getHtml()).contains("&lt;script&gt;").doesNotContain("<script>");
        });
    }

    @Test
    void publishingMailsThoseWhoWantItAndNoMailboxForThoseWhoTurnedItOff() {
        RoundSummary round = fixture.survey.openRound(2031);
        fixture.optionalMails("mt-kita-2", false);
        fixture.optionalMails("mt-kita-room", false);

        fixture.as("mt-admin", () -> rounds.publish(rounds.close(round.id()).id()));

        List<MailMessage> mails = fixture.messages(MailKind.ROUND_PUBLISHED);
        assertThat(mails).extracting(MailMessage::getRecipient).containsExactlyInAnyOrder(KITA_JA, MIYAKOJIMA_BOX);
        assertThat(mails.getFirst().getText()).contains("https://renkei.example.jp/results?round=2031");
    }

    private AnswerSheet submitKitaOffice() {
        return fixture.as("mt-kita-1", () -> {
            AnswerSheet sheet = responses.sheet(KITA_OFFICE);
            List<AnswerInput> answers = sheet.lines().stream()
                    .map(line -> new AnswerInput(line.itemId(), Level.WELL, null)).toList();
            return responses.submit(KITA_OFFICE, answers, ResponseService.NEW);
        });
    }
}
