package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A jar built without -Pproduction says how to build one that runs; a production or development build runs. */
class RunnableBuildTest {

    @Test
    void classesWithNeitherTheProductionTokenNorVaadinsDevServerAreRefusedWithWhatToDo() throws Exception {
        try (var bare = new URLClassLoader(new URL[0], null)) {
            assertThat(RunnableBuild.problem(bare)).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("./mvnw -Pproduction package").contains("./mvnw spring-boot:run"));
        }
    }

    @Test
    void theDevelopmentClasspathRuns() {
        assertThat(RunnableBuild.problem(getClass().getClassLoader())).isEqualTo(Optional.empty());
    }
}
