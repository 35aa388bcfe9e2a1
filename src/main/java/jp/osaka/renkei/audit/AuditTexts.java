package jp.osaka.renkei.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.base.AuditAction;

/**
 * The words of the 監査ログ, one source for the screen and the CSV: the label of an action's code
 * ({@code audit.action.<code>}), and details stored as codes or bare numbers put into words.
 */
public final class AuditTexts {

    /** Gives the text of a message key with its arguments in the reader's language (getTranslation). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    /** ANSWERS_IMPORTED stores "created / replaced". */
    private static final Pattern IMPORTED = Pattern.compile("(\\d+) / (\\d+)");
    /** USERS_EXPORTED stores "count=n". */
    private static final Pattern COUNT = Pattern.compile("count=(\\d+)");
    /** SIGN_IN_FAILED stores the simple name of Spring Security's exception. */
    private static final Map<String, String> SIGN_IN_FAILURES = Map.of("BadCredentialsException", "badCredentials",
            "LockedException", "locked", "DisabledException", "disabled", "AccountExpiredException", "expired",
            "CredentialsExpiredException", "expired");

    private AuditTexts() {
    }

    /** The label of an action, as the filter and the grid show it. */
    public static String action(AuditAction action, Translator translator) {
        return translator.translate("audit.action." + action.name());
    }

    /** The label of a stored code; a code that no action has any longer is shown as it is. */
    public static String action(String code, Translator translator) {
        return AuditAction.of(code).map(action -> action(action, translator)).orElse(code);
    }

    /** The detail in words where it was stored as numbers or a code; any other detail as it is. */
    public static String detail(AuditEntry entry, Translator translator) {
        String detail = entry.getDetail() == null ? "" : entry.getDetail();
        Matcher matcher;
        if (AuditAction.ANSWERS_IMPORTED.name().equals(entry.getAction())
                && (matcher = IMPORTED.matcher(detail)).matches()) {
            return translator.translate("audit.detail.imported", Long.parseLong(matcher.group(1)),
                    Long.parseLong(matcher.group(2)));
        }
        if ((matcher = COUNT.matcher(detail)).matches()) {
            return translator.translate("audit.detail.count", Long.parseLong(matcher.group(1)));
        }
        if (AuditAction.SIGN_IN_FAILED.name().equals(entry.getAction()) && SIGN_IN_FAILURES.containsKey(detail)) {
            return translator.translate("audit.detail.signInFailed." + SIGN_IN_FAILURES.get(detail));
        }
        return detail;
    }
}
