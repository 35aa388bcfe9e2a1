package jp.osaka.renkei.base.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bounds what an anonymous client can make the server keep: new sessions per address ({@link NewSessionLimit})
 * and open UIs per session (renkei.security.max-uis-per-session; each tab and each reload opens one, and Vaadin
 * drops those of closed tabs only after three missed heartbeats).
 */
@Configuration(proxyBeanMethods = false)
class SessionBounds {

    @Bean
    FilterRegistrationBean<NewSessionLimit> newSessionLimit(SecurityProperties properties, Clock clock) {
        FilterRegistrationBean<NewSessionLimit> registration =
                new FilterRegistrationBean<>(new NewSessionLimit(properties, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // before Spring Security and Vaadin make a session
        return registration;
    }

    @Bean
    VaadinServiceInitListener uiLimit(SecurityProperties properties) {
        int max = properties.maxUisPerSession();
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(e -> closeOldest(e, max));
    }

    /** Opening one UI more than the bound closes the session's oldest (lowest id): its tab is told to reload. */
    private static void closeOldest(UIInitEvent event, int max) {
        if (max <= 0) {
            return;
        }
        List<UI> open = event.getUI().getSession().getUIs().stream().filter(ui -> !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId)).toList();
        open.subList(0, Math.max(0, open.size() - max)).forEach(UI::close);
    }
}
