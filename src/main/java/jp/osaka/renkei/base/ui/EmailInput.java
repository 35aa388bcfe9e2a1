package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import jp.osaka.renkei.base.security.EmailAddress;

import org.jspecify.annotations.Nullable;

/**
 * A field for an e-mail address (a user's own, a ward's mailbox), checked by {@link EmailAddress} as the user
 * leaves it and before a save, with the reason in the user's language; blank means no address.
 */
public class EmailInput extends TextField {

    public EmailInput(String label, @Nullable String value, String id) {
        super(label);
        setValue(value == null ? "" : value);
        setMaxLength(EmailAddress.MAX_LENGTH);
        setWidth("24rem");
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        setId(id);
        addValueChangeListener(e -> check());
    }

    /** Whether the address may be saved; when not, the field shows why. */
    public boolean check() {
        boolean valid = EmailAddress.isValid(getValue());
        setInvalid(!valid);
        setErrorMessage(valid ? "" : getTranslation("email.invalid", getValue().strip()));
        return valid;
    }

    /** The address as typed (the service normalises it), or null for none. */
    public @Nullable String address() {
        return getValue().isBlank() ? null : getValue().strip();
    }
}
