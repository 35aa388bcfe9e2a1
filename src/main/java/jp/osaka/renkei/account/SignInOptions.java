package jp.osaka.renkei.account;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * What the login page offers: a button per OpenID Connect provider, and the password form (Renkei's own
 * passwords and LDAP) shown, folded away for administrators only, or hidden.
 */
@Component
public class SignInOptions {

    /** How the password form appears. */
    public enum PasswordForm {
        SHOWN,
        /** Only for local administrators, when the directory is down: folded away. */
        ADMINISTRATORS,
        HIDDEN
    }

    /** A provider's button: its label and where it starts the sign-in. */
    public record Provider(String id, String name) {

        public String href() {
            return "oauth2/authorization/" + id;
        }
    }

    private final List<Provider> providers;
    private final PasswordForm passwordForm;

    @Autowired
    SignInOptions(DirectoryProperties directory, DirectoryLdapProperties ldap,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        this(directory.localSignIn(), providers(registrations.getIfAvailable()), ldap.enabled());
    }

    /** For a given policy, providers and whether LDAP is configured. */
    public SignInOptions(DirectoryProperties.LocalSignIn local, List<Provider> providers, boolean ldap) {
        this.providers = List.copyOf(providers);
        this.passwordForm = ldap || local == DirectoryProperties.LocalSignIn.ALL ? PasswordForm.SHOWN
                : local == DirectoryProperties.LocalSignIn.OFF ? PasswordForm.HIDDEN
                : providers.isEmpty() ? PasswordForm.SHOWN : PasswordForm.ADMINISTRATORS;
    }

    public List<Provider> providers() {
        return providers;
    }

    public PasswordForm passwordForm() {
        return passwordForm;
    }

    private static List<Provider> providers(@Nullable ClientRegistrationRepository registrations) {
        List<Provider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        return providers;
    }
}
