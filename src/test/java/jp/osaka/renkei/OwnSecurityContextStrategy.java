package jp.osaka.renkei;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes SecurityContextHolder use the strategy of that test's own Spring context.
 * Vaadin installs its strategy (a thread-local of its own) globally when a context starts, so with two
 * cached contexts in one JVM (the mock one and the one on a random port) tests of the first one
 * signed their user in where the app did not look. Registered in META-INF/spring.factories.
 */
public class OwnSecurityContextStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // before @WithUserDetails puts the test's user into the strategy
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
