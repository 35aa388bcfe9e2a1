package jp.osaka.renkei.base;

import static jp.osaka.renkei.BoundSettings.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** renkei.instance-route and renkei.demo-data: the defaults and the routes refused at start-up. */
class InstancePropertiesTest {

    @Test
    void withoutSettingsTheInstanceIsTheOnlyOneAndNoDemo() {
        InstanceProperties instance = bind("renkei", InstanceProperties.class, Map.of());

        assertThat(instance.instanceRoute()).isEmpty();
        assertThat(instance.demoData()).isFalse();
    }

    @Test
    void aRouteOfLowerCaseLettersDigitsAndDashesIsTaken() {
        InstanceProperties instance = bind("renkei", InstanceProperties.class,
                Map.of("renkei.instance-route", "app-2", "renkei.demo-data", "true"));

        assertThat(instance.instanceRoute()).isEqualTo("app-2");
        assertThat(instance.demoData()).isTrue();
    }

    @Test
    void aRouteThatWouldBreakTheSessionCookieIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind("renkei", InstanceProperties.class, Map.of("renkei.instance-route", "App.1")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("instance-route").hasMessageContaining("lower-case letters");
    }
}
