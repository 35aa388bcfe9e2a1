package jp.osaka.renkei.base.security;

import java.util.function.Supplier;

/**
 * Runs start-up work (the first administrator, demo data) as the system acting with administrator
 * rights, so that it goes through the same secured services as a person would.
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return RunAs.call(new RenkeiUser(0, USERNAME, "システム", Role.CITY_ADMIN, null, "", true, false), work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
