package jp.osaka.renkei.base;

import java.util.List;

/**
 * A rule of the domain refused what was asked. Carries a message key (and arguments) so that the UI
 * can show it in the user's language; the exception's own message is for logs only.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
