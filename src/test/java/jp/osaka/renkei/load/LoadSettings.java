package jp.osaka.renkei.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one load run does, from {@code --name=value} arguments (defaults in brackets in {@link #USAGE}).
 * Think times follow Vaadin's guidance for load tests: 2–5 s on a new page, 0.5–2 s between actions.
 */
record LoadSettings(URI base, int users, String password, int rampSeconds, int pageThinkMinMs, int pageThinkMaxMs,
        int actionThinkMinMs, int actionThinkMaxMs, int holdSeconds, long seed, String dbUrl, String dbUser,
        String dbPassword, long pid, Path out, String label) {

    static final String USAGE = """
            jp.osaka.renkei.load.LoadTest: simulated users against a running Renkei (docs/performance.md)
              --base=http://localhost:8080   the app
              --users=50                     concurrent users (one administrator for every 50, the rest ward users)
              --password=                    the generated users' password (renkei.generate.password)
              --ramp=60                      seconds over which the users start
              --page-think=2000-5000         ms a user reads a new page
              --action-think=500-2000        ms between two actions on a page
              --hold=10                      seconds every user stays signed in after its scenario
              --seed=1                       the users' choices
              --db-url=jdbc:mysql://127.0.0.1:3306/renkei_scale?characterEncoding=UTF-8&connectionTimeZone=UTC
              --db-user=root  --db-password=  the app's database: cleared before and checked after the run
              --pid=0                        the app's process: CPU from /proc, heap from jcmd (0: not measured)
              --out=target/load              where results.csv (one row a run) and the run's files go
              --label=run                    the run's name in results.csv
            """;

    static LoadSettings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || !arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException(USAGE);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String[] page = given.getOrDefault("page-think", "2000-5000").split("-");
        String[] action = given.getOrDefault("action-think", "500-2000").split("-");
        return new LoadSettings(URI.create(given.getOrDefault("base", "http://localhost:8080")),
                Integer.parseInt(given.getOrDefault("users", "50")), given.getOrDefault("password", ""),
                Integer.parseInt(given.getOrDefault("ramp", "60")),
                Integer.parseInt(page[0]), Integer.parseInt(page[1]), Integer.parseInt(action[0]),
                Integer.parseInt(action[1]), Integer.parseInt(given.getOrDefault("hold", "10")),
                Long.parseLong(given.getOrDefault("seed", "1")),
                given.getOrDefault("db-url",
                        "jdbc:mysql://127.0.0.1:3306/renkei_scale?characterEncoding=UTF-8&connectionTimeZone=UTC"),
                given.getOrDefault("db-user", "root"), given.getOrDefault("db-password", ""),
                Long.parseLong(given.getOrDefault("pid", "0")), Path.of(given.getOrDefault("out", "target/load")),
                given.getOrDefault("label", "run"));
    }

    /** One administrator for every 50 users refreshes 回答状況; the others are ward users. */
    int administrators() {
        return Math.max(1, users / 50);
    }

    int wardUsers() {
        return users - administrators();
    }
}
