import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's CPU went in a JFR recording of a load run (docs/performance.md, "CPU per request"): every
 * execution sample of a Java thread goes to the first part of the scenario whose code is on its stack, in the
 * order below, so that e.g. the password hash under the sign-in counts as the sign-in and not as the filter around it.
 * Usage: java src/test/load/CpuBySteps.java run.jfr [from-epoch-ms to-epoch-ms]
 * (the window: only the measured run, e.g. from the client's start and end; default: the whole recording).
 */
public class CpuBySteps {

    /** Part of the scenario → prefixes of a frame's class (or class.method) that mark it. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("sign-in: password hash (PBKDF2, older bcrypt)", List.of("org.springframework.security.crypto.",
                "com.sun.crypto.provider.PBKDF2", "javax.crypto.Mac"));
        PARTS.put("sign-in: the rest", List.of("org.springframework.security.web.authentication."
                + "AbstractAuthenticationProcessingFilter.successfulAuthentication",
                "org.springframework.security.authentication.ProviderManager"));
        PARTS.put("session check (every request)", List.of("jp.osaka.renkei.account.SessionCheckFilter.mayContinue"));
        PARTS.put("回答状況", List.of("jp.osaka.renkei.survey.ui.StatusView", "jp.osaka.renkei.survey.ui.AccountGaps"));
        PARTS.put("回答入力 and 提出", List.of("jp.osaka.renkei.survey.ui."));
        PARTS.put("集計結果", List.of("jp.osaka.renkei.results.ui."));
        PARTS.put("ホーム", List.of("jp.osaka.renkei.home."));
        PARTS.put("login page", List.of("jp.osaka.renkei.account.ui.LoginView"));
        PARTS.put("main layout", List.of("jp.osaka.renkei.base.ui.MainLayout", "jp.osaka.renkei.account.ui."));
        PARTS.put("Vaadin: writing responses", List.of("com.vaadin.flow.server.communication.UidlWriter",
                "com.vaadin.flow.server.BootstrapHandler", "com.vaadin.flow.server.communication.JavaScriptBootstrapHandler",
                "com.vaadin.flow.internal.StateTree.collectChanges", "com.vaadin.flow.server.communication.IndexHtmlRequestHandler"));
        PARTS.put("Vaadin: reading requests", List.of("com.vaadin.flow.server.communication.ServerRpcHandler"));
        PARTS.put("database (JDBC, Hibernate, pool)", List.of("com.mysql.", "org.hibernate.", "com.zaxxer.hikari."));
        PARTS.put("Spring Security filters", List.of("org.springframework.security."));
        PARTS.put("Tomcat and the rest of a request", List.of("org.apache.catalina.", "org.apache.coyote.",
                "org.apache.tomcat."));
    }

    public static void main(String[] args) throws Exception {
        long from = args.length > 2 ? Long.parseLong(args[1]) : Long.MIN_VALUE;
        long to = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        Map<String, Long> counts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> counts.put(part, 0L));
        counts.put("other (start-up, scheduled jobs, GC-side Java threads)", 0L);
        long total = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                Instant at = event.getStartTime();
                if (at.toEpochMilli() < from || at.toEpochMilli() > to || event.getStackTrace() == null) {
                    continue;
                }
                total++;
                counts.merge(partOf(event.getStackTrace().getFrames()), 1L, Long::sum);
            }
        }
        System.out.printf("part\tsamples\tshare%n");
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            System.out.printf("%s\t%d\t%.1f %%%n", entry.getKey(), entry.getValue(),
                    total == 0 ? 0 : 100.0 * entry.getValue() / total);
        }
        System.out.printf("all\t%d\t100 %%%n", total);
    }

    private static String partOf(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
            for (RecordedFrame frame : frames) {
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                for (String prefix : part.getValue()) {
                    if (name.startsWith(prefix)) {
                        return part.getKey();
                    }
                }
            }
        }
        return "other (start-up, scheduled jobs, GC-side Java threads)";
    }
}
