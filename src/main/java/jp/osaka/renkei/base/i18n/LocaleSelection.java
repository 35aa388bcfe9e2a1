package jp.osaka.renkei.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Japanese for everyone unless the user picked English. The choice lives in a cookie so that it
 * survives sign-in (the session id changes) and the next visit; the browser's language is ignored
 * on purpose, because the city's staff work in Japanese whatever their browser says.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "renkei-lang";
    private static final String SESSION_ATTRIBUTE = LocaleSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(
                chosen(ui.getUI().getSession(), VaadinRequest.getCurrent())));
    }

    /** Remembers the choice and reloads the page, so that every label is rendered in the new language. */
    public static void switchTo(Locale locale) {
        Locale chosen = AppLocales.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response != null && request != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, chosen);
            session.setLocale(chosen);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }

    /** The language chosen in this session, else the one remembered in the cookie, else Japanese. */
    static Locale chosen(@Nullable VaadinSession session, @Nullable VaadinRequest request) {
        Object inSession = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return inSession instanceof Locale locale ? locale : fromRequest(request);
    }

    static Locale fromRequest(@Nullable VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return AppLocales.JAPANESE;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> AppLocales.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst()
                .orElse(AppLocales.JAPANESE);
    }
}
