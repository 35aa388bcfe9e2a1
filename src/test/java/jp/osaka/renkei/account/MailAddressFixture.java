package jp.osaka.renkei.account;

import java.util.Locale;

import org.springframework.context.ApplicationContext;

/**
 * Gives a user an address and a language in tests, as the address screens will, through the entity itself: inside
 * a change's transaction the managed user sees it (SQL there would be overwritten by the pending insert).
 */
public final class MailAddressFixture {

    private final AppUserRepository users;

    public MailAddressFixture(ApplicationContext context) {
        this.users = context.getBean(AppUserRepository.class);
    }

    public void set(String username, String email, Locale language) {
        AppUser user = users.findByUsername(username).orElseThrow();
        user.changeEmail(email);
        user.changeLanguage(language);
        users.save(user);
    }
}
