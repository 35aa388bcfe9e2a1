package jp.osaka.renkei;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features use each other only through their root packages, and there are no cycles. */
class ModularityTest {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
