package jp.osaka.renkei.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseSentBack;
import jp.osaka.renkei.survey.ResponsesReminded;
import jp.osaka.renkei.survey.RoundOpened;
import jp.osaka.renkei.survey.RoundPublished;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The survey's mails to the wards — a round opened, 催促, 差し戻し, results published — written to the outbox by
 * listeners that run in the transaction of the change (as whoever made it), so that both are saved or neither.
 */
@Component
class SurveyMails {

    private final WardService wards;
    private final MailRecipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;

    SurveyMails(WardService wards, MailRecipients recipients, MailTemplates templates, Outbox outbox) {
        this.wards = wards;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
    }

    /** 調査の開始: every ward's respondents (nobody has submitted to a round that has just opened). */
    @EventListener
    void on(RoundOpened event) {
        MailRecipients.Roster roster = recipients.roster();
        for (Ward ward : wards.findAll()) {
            for (RespondentType type : RespondentType.values()) {
                write(roster.ofWard(ward, role(type), MailKind.ROUND_OPENED), MailKind.ROUND_OPENED, ward,
                        language -> templates.aboutResponse(MailKind.ROUND_OPENED, language, ward, type,
                                event.fiscalYear(), event.deadline(), null));
            }
        }
    }

    /** 催促: exactly the wards' respondents that were reminded, none of whom had submitted. */
    @EventListener
    void on(ResponsesReminded event) {
        MailRecipients.Roster roster = recipients.roster();
        Map<Long, Ward> byId = wards.findAll().stream().collect(Collectors.toMap(Ward::getId, ward -> ward));
        for (ResponsesReminded.Reminded reminded : event.reminded()) {
            Ward ward = Objects.requireNonNull(byId.get(reminded.wardId()), () -> "no ward " + reminded.wardId());
            write(roster.ofWard(ward, role(reminded.type()), MailKind.REMINDER), MailKind.REMINDER, ward,
                    language -> templates.aboutResponse(MailKind.REMINDER, language, ward, reminded.type(),
                            event.fiscalYear(), event.deadline(), null));
        }
    }

    /** 差し戻し, with its reason. */
    @EventListener
    void on(ResponseSentBack event) {
        Ward ward = wards.findById(event.wardId())
                .orElseThrow(() -> new IllegalStateException("no ward " + event.wardId()));
        write(recipients.ofWard(ward, role(event.type()), MailKind.SENT_BACK), MailKind.SENT_BACK, ward,
                language -> templates.aboutResponse(MailKind.SENT_BACK, language, ward, event.type(),
                        event.fiscalYear(), event.deadline(), event.reason()));
    }

    /** 結果の公表: every ward's respondents who want it. */
    @EventListener
    void on(RoundPublished event) {
        MailRecipients.Roster roster = recipients.roster();
        for (Ward ward : wards.findAll()) {
            for (RespondentType type : RespondentType.values()) {
                write(roster.ofWard(ward, role(type), MailKind.ROUND_PUBLISHED), MailKind.ROUND_PUBLISHED, ward,
                        language -> templates.roundPublished(language, ward, type, event.fiscalYear()));
            }
        }
    }

    private void write(List<MailRecipients.Recipient> to, MailKind kind, Ward ward,
            Function<Locale, MailText> text) {
        for (MailRecipients.Recipient recipient : to) {
            MailText mail = text.apply(recipient.language());
            outbox.add(new Letter(kind, recipient.address(), recipient.username(), ward.getId(),
                    recipient.language(), mail.subject(), mail.text(), mail.html(), null));
        }
    }

    private static Role role(RespondentType type) {
        return switch (type) {
            case WARD_OFFICE -> Role.WARD_OFFICE;
            case SUPPORT_ROOM -> Role.SUPPORT_ROOM;
        };
    }
}
