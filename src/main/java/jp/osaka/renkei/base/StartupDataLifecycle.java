package jp.osaka.renkei.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupData} before the web server starts: an ApplicationRunner runs only once Tomcat
 * already accepts requests, and then people signed in and saw 集計結果 without the demo's rounds for 90 s.
 * Readiness follows the web server, so the app reports ready only after the data is there.
 */
@Component
class StartupDataLifecycle implements SmartLifecycle {

    /** One step before Boot's web server start (WebServerStartStopLifecycle: SMART_LIFECYCLE_PHASE - 1024). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private final ObjectProvider<StartupData> loaders;
    private volatile boolean loaded;
    private volatile boolean running;

    StartupDataLifecycle(ObjectProvider<StartupData> loaders) {
        this.loaders = loaders;
    }

    @Override
    public void start() {
        // once per context: a context that is stopped and started again (Spring's test context cache pauses the
        // contexts it is not using) has its data already
        if (!loaded) {
            loaders.orderedStream().forEach(StartupData::load);
            loaded = true;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
