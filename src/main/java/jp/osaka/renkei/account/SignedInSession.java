package jp.osaka.renkei.account;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import jp.osaka.renkei.base.security.RenkeiUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in user kept in the current session, replaced when their account changed in this session. */
@Component
public class SignedInSession {

    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategies = strategies;
    }

    /** Vaadin's strategy where the app runs in Vaadin, Spring Security's default elsewhere. */
    static SecurityContextHolderStrategy strategy(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** After the user's own password change, so that this session goes on while their other sessions end. */
    public void replaceUser(RenkeiUser user) {
        SecurityContextHolderStrategy strategy = strategy(strategies);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
