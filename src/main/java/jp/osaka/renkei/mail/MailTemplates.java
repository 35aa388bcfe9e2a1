package jp.osaka.renkei.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.action.ActionDue;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of the mails, from the message bundles in the recipient's language (mail.text.KIND.subject and .body):
 * a greeting, the kind's text, a link into Renkei built from renkei.mail.public-url, the bureau's signature and a
 * note that the mail was sent automatically; as plain text and as HTML in which every text is escaped.
 */
@Component
class MailTemplates {

    private final MessageSource messages;
    private final MailProperties properties;

    MailTemplates(MessageSource messages, MailProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** A mail about a ward's response in a round (開始, 催促, 差し戻し): to the ward's respondent, linking to the form. */
    MailText aboutResponse(MailKind kind, Locale locale, Ward ward, RespondentType type, int fiscalYear,
            @Nullable LocalDate deadline, @Nullable String reason) {
        Locale language = AppLocales.supported(locale);
        String path = "responses/" + fiscalYear + "/" + ward.getCode() + "/" + type.slug();
        return compose(kind, language, wardGreeting(language, ward, type), "mail.link.answer", path,
                FiscalYears.formatShort(fiscalYear, language), deadline(deadline, language),
                ward.getName().get(language), message(type.messageKey(), language), reason == null ? "" : reason);
    }

    /** 結果の公表, to a ward's respondent: links to the round's results. */
    MailText roundPublished(Locale locale, Ward ward, RespondentType type, int fiscalYear) {
        Locale language = AppLocales.supported(locale);
        return compose(MailKind.ROUND_PUBLISHED, language, wardGreeting(language, ward, type), "mail.link.results",
                "results?round=" + fiscalYear, FiscalYears.formatShort(fiscalYear, language));
    }

    /** 期限が近い / 期限切れ, to the action's owner: links to the action. */
    MailText aboutAction(MailKind kind, Locale locale, String ownerName, ActionDue action) {
        Locale language = AppLocales.supported(locale);
        return compose(kind, language, message("mail.greeting.user", language, ownerName), "mail.link.action",
                "actions/" + action.id(), action.title(), DateFormats.date(action.dueDate(), language));
    }

    /** アカウントの作成 / パスワードの再設定: the user name and where to sign in, never a password. */
    MailText aboutAccount(MailKind kind, Locale locale, String username, String displayName) {
        Locale language = AppLocales.supported(locale);
        return compose(kind, language, message("mail.greeting.user", language, displayName), "mail.link.login",
                "login", username, displayName);
    }

    private MailText compose(MailKind kind, Locale language, String greeting, String linkKey, String path,
            String... args) {
        String url = properties.baseUrl() + "/" + path;
        String subject = message("mail.text." + kind.name() + ".subject", language, (Object[]) args);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(greeting);
        paragraphs.addAll(List.of(message("mail.text." + kind.name() + ".body", language, (Object[]) args)
                .split("\n\n")));
        String linkLabel = message(linkKey, language);
        String closing = message("mail.signature", language) + "\n" + message("mail.automatic", language);
        String text = String.join("\n\n", paragraphs) + "\n\n" + linkLabel + "\n" + url + "\n\n--\n" + closing + "\n";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(subject))
                .append("</title></head>\n<body>\n");
        paragraphs.forEach(paragraph -> html.append("<p>").append(escape(paragraph)).append("</p>\n"));
        html.append("<p>").append(escape(linkLabel)).append("<br><a href=\"").append(escape(url)).append("\">")
                .append(escape(url)).append("</a></p>\n<hr>\n<p>").append(escape(closing)).append("</p>\n")
                .append("</body>\n</html>\n");
        return new MailText(subject, text, html.toString());
    }

    private String wardGreeting(Locale language, Ward ward, RespondentType type) {
        return message("mail.greeting.ward", language, ward.getName().get(language),
                message(type.messageKey(), language));
    }

    private String deadline(@Nullable LocalDate deadline, Locale language) {
        return deadline == null ? message("mail.noDeadline", language) : DateFormats.date(deadline, language);
    }

    private String message(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** Escaped, each line break a {@code <br>}: user input such as a 差し戻し reason never becomes markup. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>\n");
    }
}
