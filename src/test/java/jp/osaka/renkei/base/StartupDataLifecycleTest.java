package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Start-up data loads at the context's first start only, not again when a stopped context starts again. */
class StartupDataLifecycleTest {

    @Test
    void aContextStartedAgainDoesNotLoadItsDataAgain() {
        List<String> loads = new ArrayList<>();
        StartupData demo = () -> loads.add("demo");
        var lifecycle = new StartupDataLifecycle(
                new StaticListableBeanFactory(Map.of("demo", demo)).getBeanProvider(StartupData.class));

        lifecycle.start();
        lifecycle.stop();
        assertThat(lifecycle.isRunning()).isFalse();
        lifecycle.start();

        assertThat(loads).containsExactly("demo");
        assertThat(lifecycle.isRunning()).isTrue();
    }
}
