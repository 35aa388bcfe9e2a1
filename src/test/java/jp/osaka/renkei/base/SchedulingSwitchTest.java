package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code renkei.scheduling.enabled=false} (set by {@link DemoDataTest}, as an operator sets it on an instance that
 * must not run the jobs) leaves scheduling off altogether: no library switches it on behind {@link Scheduling}'s
 * back (Spring Modulith's Moments did, and the mail sender then ran in tests that wrote the outbox themselves).
 */
@DemoDataTest
class SchedulingSwitchTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withSchedulingSwitchedOffNothingIsScheduled() {
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
        assertThat(context.getBeanNamesForType(Scheduling.class)).isEmpty();
    }
}
