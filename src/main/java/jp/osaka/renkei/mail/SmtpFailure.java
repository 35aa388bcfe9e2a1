package jp.osaka.renkei.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why sending a message failed, read from what JavaMail threw: {@code permanent} (a recipient or the message refused
 * with a 5xx reply, an address that cannot be parsed: trying again cannot help) or a failure that may pass; and
 * whether it concerns the server rather than this message (unreachable, too slow, authentication), so that the
 * other messages need not be tried in this run. Uses the jakarta.mail API only, not the provider's classes.
 *
 * @param reason what 送信履歴 shows, in the server's words where there are any
 */
record SmtpFailure(boolean permanent, boolean serverTrouble, String reason) {

    private static final Pattern REPLY = Pattern.compile("^\\s*([245]\\d\\d)[ -]");
    /** 5xx replies about authentication: the configuration's trouble, not the message's. */
    private static final Set<Integer> AUTHENTICATION = Set.of(530, 534, 535, 538);

    static SmtpFailure of(Exception exception) {
        List<Throwable> chain = chain(exception);
        for (Throwable t : chain) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return new SmtpFailure(true, false, "recipient refused " + addresses(failed.getInvalidAddresses())
                        + ": " + serverReply(chain, failed));
            }
        }
        for (Throwable t : chain.reversed()) { // the server's own words are deepest
            if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
                return new SmtpFailure(false, true, "SMTP authentication failed: " + text(t));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SocketTimeoutException) {
                return new SmtpFailure(false, true, "SMTP server did not answer in time: " + text(t));
            }
            if (t instanceof IOException) {
                return new SmtpFailure(false, true, "SMTP server not reachable: " + text(t));
            }
            if (t instanceof AddressException || t instanceof MailParseException || t instanceof MailPreparationException) {
                return new SmtpFailure(true, false, "invalid address or message: " + text(t));
            }
        }
        for (Throwable t : chain) {
            int code = replyCode(t);
            if (AUTHENTICATION.contains(code)) {
                return new SmtpFailure(false, true, "SMTP authentication required: " + text(t));
            }
            if (code >= 500) {
                return new SmtpFailure(true, false, "refused: " + text(t));
            }
            if (code == 421) {
                return new SmtpFailure(false, true, "SMTP server not available: " + text(t));
            }
            if (code >= 400) {
                return new SmtpFailure(false, false, "temporarily refused: " + text(t));
            }
        }
        return new SmtpFailure(false, false, text(chain.getLast()));
    }

    /** The exception, its causes, JavaMail's next exceptions and Spring's per-message exceptions, each once. */
    private static List<Throwable> chain(Throwable first) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(first));
        while (!todo.isEmpty()) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            chain.add(t);
            if (t instanceof MailSendException send) {
                todo.addAll(Arrays.asList(send.getMessageExceptions()));
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return chain;
    }

    /** The reply about the refused address (e.g. "550 5.1.1 unknown user"), else the exception's own text. */
    private static String serverReply(List<Throwable> chain, SendFailedException failed) {
        return chain.stream().filter(t -> replyCode(t) >= 500).map(SmtpFailure::text).findFirst().orElse(text(failed));
    }

    private static int replyCode(Throwable t) {
        Matcher reply = REPLY.matcher(String.valueOf(t.getMessage()));
        return reply.find() ? Integer.parseInt(reply.group(1)) : 0;
    }

    private static String addresses(Address[] addresses) {
        return String.join(", ", Arrays.stream(addresses).map(a -> "<" + a + ">").toList());
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        return (message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip())
                .replaceAll("\\s+", " ");
    }
}
