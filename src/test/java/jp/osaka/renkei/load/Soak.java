package jp.osaka.renkei.load;

import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jp.osaka.renkei.Application;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The soak benchmark (docs/operations.md): the app, started here with ./config's settings on a database of its
 * own (the embedded H2 file database, or MariaDB), kept busy for longer than the pool's max-lifetime and the
 * session timeout (30 min each) by cycles of saves — every ward office and support room answers and submits in
 * 回答入力 over HTTP (Vaadin's protocol, as {@link LoadTest}'s users), every ward office adds an action with a
 * progress note, the bureau sends every response back — and after each cycle checks in the database that every
 * save landed. It prints a line a cycle and a summary, writes soak.csv, and exits with 1 if any save was lost.
 * Not a test: {@code src/test/load/soak.sh} runs it.
 */
public final class Soak {

    private final SoakSettings settings;
    private final SoakWorld world;
    private final String base;
    private final HikariDataSource pool;
    private final SoakMail mail;
    private final JdbcTemplate jdbc;

    private Soak(SoakSettings settings, ConfigurableApplicationContext app, SoakMail mail) throws SQLException {
        this.settings = settings;
        this.mail = mail;
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.world = new SoakWorld(app);
        this.base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        this.pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
    }

    public static void main(String[] args) throws Exception {
        SoakSettings settings = SoakSettings.parse(args);
        Files.createDirectories(settings.out());
        settings.prepareDatabase();
        int lost;
        try (SoakMail mail = new SoakMail(); ConfigurableApplicationContext app =
                new SpringApplicationBuilder(Application.class).run(settings.appArguments(mail.appArguments()))) {
            lost = new Soak(settings, app, mail).run();
        } catch (RuntimeException e) {
            System.out.println("soak: stopped by " + e);
            lost = -1;
        }
        System.exit(lost == 0 ? 0 : 1);
    }

    /** Runs the cycles until the time is up; returns how many saves did not land. */
    private int run() throws Exception {
        world.arrange();
        var firstSessions = world.databaseSessions();
        Instant start = Instant.now();
        Instant end = start.plus(Duration.ofMinutes(settings.minutes()));
        List<String> lines = new ArrayList<>(List.of(
                "cycle,minute,answers_submitted,answers_landed,actions_and_notes_saved,actions_and_notes_landed,"
                        + "sent_back,errors,first_pool_sessions_left,pool_total,used_heap_mb,"
                        + "mails_written,mails_sent,mails_failed,mails_received,mails_received_twice,"
                        + "user_session_rows,tomcat_sessions"));
        int lost = 0;
        int errorsTotal = 0;
        int saves = 0;
        for (int cycle = 1; Instant.now().isBefore(end); cycle++) {
            Cycle result = cycle(cycle);
            SoakMail.Count mails = mail.count(jdbc);
            var alive = world.databaseSessions();
            alive.retainAll(firstSessions);
            Runtime runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
            String line = String.join(",", Integer.toString(cycle),
                    String.format("%.1f", Duration.between(start, Instant.now()).toSeconds() / 60.0),
                    Integer.toString(result.submitted), Integer.toString(result.landed),
                    Integer.toString(result.actionSaves), Integer.toString(result.actionsLanded),
                    Integer.toString(result.sentBack), Integer.toString(result.errors.size()),
                    Integer.toString(alive.size()), Integer.toString(pool.getHikariPoolMXBean().getTotalConnections()),
                    Long.toString(heapMb), mails.csv(), Long.toString(world.userSessionRows()),
                    Integer.toString(world.tomcatSessions()));
            lines.add(line);
            System.out.println("soak: " + line + (result.errors.isEmpty() ? "" : "  first error: " + result.errors.peek()));
            lost += (result.submitted - result.landed) + (result.actionSaves - result.actionsLanded);
            errorsTotal += result.errors.size();
            saves += result.submitted + result.actionSaves + result.sentBack;
            Files.write(settings.out().resolve("soak.csv"), lines);
            Thread.sleep(settings.pauseSeconds() * 1000L);
        }
        System.out.printf("soak: %s, %d min: %d saves, %d lost, %d errors; of the pool's first %d database sessions "
                + "%d are left (0: every connection was renewed)%n", settings.database(), settings.minutes(), saves,
                lost, errorsTotal, firstSessions.size(), intersectCount(firstSessions, world.databaseSessions()));
        SoakMail.Count last = awaitMailSent();
        System.out.printf("soak: mail: %d written, %d sent, %d failed, %d received, %d received twice%n",
                last.written(), last.sent(), last.failed(), last.received(), last.twice());
        boolean mailRight = last.written() == last.sent() && last.sent() == last.received() && last.twice() == 0;
        return lost + errorsTotal + (mailRight ? 0 : 1);
    }

    /** The outbox emptied after the last cycle (the sender runs every 5 s): at most a minute's wait. */
    private SoakMail.Count awaitMailSent() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        SoakMail.Count count = mail.count(jdbc);
        while (count.sent() + count.failed() < count.written() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            count = mail.count(jdbc);
        }
        return count;
    }

    /** What one cycle saved, what of it is in the database, and what went wrong. */
    private record Cycle(int submitted, int landed, int actionSaves, int actionsLanded, int sentBack,
            ConcurrentLinkedQueue<String> errors) {
    }

    private Cycle cycle(int cycle) throws InterruptedException {
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<WardUser> submitted = new ConcurrentLinkedQueue<>();
        AtomicInteger actionSaves = new AtomicInteger();
        long actionsBefore = world.actionsAndNotes();
        try (ExecutorService threads = Executors.newFixedThreadPool(settings.parallel())) {
            List<Future<?>> work = new ArrayList<>();
            for (int index = 0; index < SoakWorld.WARDS * 2; index++) {
                WardUser ward = WardUser.of(index, cycle);
                work.add(threads.submit(() -> {
                    try {
                        ward.answerOnce(URI.create(base), SoakWorld.PASSWORD);
                        submitted.add(ward);
                    } catch (RuntimeException e) {
                        errors.add(ward.username() + " answering: " + e);
                    }
                    if (ward.wardOffice()) {
                        try {
                            world.addActionWithNote(ward, cycle);
                            actionSaves.addAndGet(2);
                        } catch (RuntimeException e) {
                            errors.add(ward.username() + " action: " + e);
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    errors.add(e.getCause().toString());
                }
            }
        }
        SavedAnswers.Check check = world.savedAnswers().check(List.copyOf(submitted));
        check.problems().forEach(problem -> errors.add("not saved as chosen: " + problem));
        int sentBack = 0;
        try {
            sentBack = world.sendEveryResponseBack();
        } catch (RuntimeException e) {
            errors.add("sending back: " + e);
        }
        return new Cycle(submitted.size(), check.savedExactlyOnce(), actionSaves.get(),
                (int) (world.actionsAndNotes() - actionsBefore), sentBack, errors);
    }

    private static int intersectCount(Set<Long> first, Set<Long> now) {
        now.retainAll(first);
        return now.size();
    }
}
