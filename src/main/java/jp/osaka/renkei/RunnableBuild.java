package jp.osaka.renkei;

import java.util.Optional;

/**
 * Says in one sentence why a jar cannot run, before Vaadin fails with a stack trace: {@code ./mvnw package}
 * or {@code verify} build a jar for development, without Vaadin's production token and without vaadin-dev
 * (optional, so Spring Boot leaves it out), which stops at start with "'vaadin-dev-server' not found".
 */
final class RunnableBuild {

    static final String PRODUCTION_TOKEN = "META-INF/VAADIN/config/flow-build-info.json";
    static final String DEV_SERVER = "com/vaadin/base/devserver/DevModeHandlerManagerImpl.class";

    private RunnableBuild() {
    }

    /** Why the classes of this loader cannot run as an app, if they cannot. */
    static Optional<String> problem(ClassLoader loader) {
        if (loader.getResource(PRODUCTION_TOKEN) != null || loader.getResource(DEV_SERVER) != null) {
            return Optional.empty();
        }
        return Optional.of("Renkei: this jar was built for development (./mvnw package or verify) and cannot run on"
                + " its own. Build the production jar with ./mvnw -Pproduction package, or run the app with"
                + " ./mvnw spring-boot:run (README.md).");
    }
}
