package jp.osaka.renkei.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jp.osaka.renkei.OwnMariaDb;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.ResponseService;

/**
 * Writers that answer the ward-office responses of one round item by item and then submit them, the
 * way many wards do on the last day, and note every save the app acknowledged and every one it did not.
 * Each writer owns its wards, so that no save is refused as stale because of another writer. Every
 * save sets a comment that is never used twice: the answer history then shows whether a save is stored
 * once, twice or not at all.
 */
final class AnswerWriters {

    /** How the writers reach the app: its services in this JVM, or HTTP to a child JVM. */
    interface App {
        /** Saves one item of a ward's response as a draft; returns the response's new version. */
        long save(long wardId, int itemNo, Level level, String comment, long expectedVersion) throws Exception;

        /** Submits a ward's response; returns its new version. */
        long submit(long wardId, long expectedVersion) throws Exception;

        /** A ward's response now: its version ({@link ResponseService#NEW} when there is none), submitted or not. */
        Progress progress(long wardId) throws Exception;
    }

    record Progress(long version, boolean submitted) {
    }

    /** A save or submit that failed, and how long the caller waited for the failure. */
    record Failure(long millis, Exception error) {
    }

    static final int ITEMS = 12;
    private static final Level[] LEVELS = {Level.VERY_WELL, Level.WELL, Level.NOT_WELL, Level.NOT_AT_ALL};

    private final App app;
    private final int fiscalYear;
    private final boolean keepGoingAfterFailures;
    private final long pauseMillis;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean stopped;

    /** Per ward and item, every comment sent, in order; and which of them the app acknowledged. */
    private final Map<String, List<String>> sent = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final Set<Long> wards = ConcurrentHashMap.newKeySet();

    /**
     * @param keepGoingAfterFailures false: a writer stops at its first failure (the app is gone);
     *        true: it waits a moment, reads the response's version afresh and tries again, as a user would
     * @param pauseMillis a writer's pause after each step, so that the writing lasts through an outage
     */
    AnswerWriters(App app, int fiscalYear, boolean keepGoingAfterFailures, long pauseMillis) {
        this.app = app;
        this.fiscalYear = fiscalYear;
        this.keepGoingAfterFailures = keepGoingAfterFailures;
        this.pauseMillis = pauseMillis;
    }

    /** Starts one writer per list of wards. */
    void start(List<List<Long>> wardsPerWriter) {
        for (List<Long> own : wardsPerWriter) {
            wards.addAll(own);
            Thread thread = Thread.ofPlatform().name("writer-" + threads.size()).start(() -> write(own));
            threads.add(thread);
        }
    }

    /** Asks the writers to stop after their current step and waits for them. */
    void stop() throws InterruptedException {
        stopped = true;
        join();
    }

    void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Whether any writer is still at work. */
    boolean writing() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    int acknowledgedSaves() {
        return acknowledged.size();
    }

    int submittedWards() {
        return submitted.size();
    }

    List<Failure> failures() {
        return failures;
    }

    private void write(List<Long> wards) {
        for (long ward : wards) {
            long version = ResponseService.NEW;
            int item = 1;
            while (!stopped && item <= ITEMS + 1) {
                long started = System.nanoTime();
                try {
                    if (item <= ITEMS) {
                        String comment = "w" + ward + "-i" + item + "-" + sequence.incrementAndGet();
                        sent.computeIfAbsent(ward + "/" + item, key -> new CopyOnWriteArrayList<>()).add(comment);
                        version = app.save(ward, item, LEVELS[(int) (ward + item) % LEVELS.length], comment, version);
                        acknowledged.add(comment);
                    } else {
                        version = app.submit(ward, version);
                        submitted.add(ward);
                    }
                    item++;
                    OwnMariaDb.sleep(pauseMillis);
                } catch (Exception e) {
                    failures.add(new Failure((System.nanoTime() - started) / 1_000_000, e));
                    if (!keepGoingAfterFailures) {
                        return;
                    }
                    Progress progress = progressAfterFailure(ward);
                    version = progress.version();
                    if (progress.submitted()) {
                        break; // the failed submission was stored after all
                    }
                }
            }
        }
    }

    /** Waits until the app answers again; the failed step may have been stored after all. */
    private Progress progressAfterFailure(long ward) {
        while (!stopped) {
            OwnMariaDb.sleep(200);
            try {
                return app.progress(ward);
            } catch (Exception e) {
                // still out of reach: try again
            }
        }
        return new Progress(ResponseService.NEW, false);
    }

    /**
     * What the database holds is what the app acknowledged: every acknowledged save in the history
     * exactly once, no save twice, nothing that was never sent, each item's comment the last
     * acknowledged one or one sent after it, and every acknowledged submission submitted.
     */
    void assertStoredExactlyOnce(Connection db) throws SQLException {
        Map<String, Integer> history = new HashMap<>();
        try (ResultSet rows = query(db, """
                select c.new_value, count(*) from answer_change c join survey_response r on r.id = c.response_id
                join survey_round o on o.id = r.round_id
                where o.fiscal_year = ? and c.field = 'COMMENT' and r.ward_id in (%s)
                group by c.new_value""".formatted(writersWards()))) {
            while (rows.next()) {
                history.put(rows.getString(1), rows.getInt(2));
            }
        }
        Set<String> everySent = ConcurrentHashMap.newKeySet();
        sent.values().forEach(everySent::addAll);
        assertThat(acknowledged).as("acknowledged saves in the history").allSatisfy(
                comment -> assertThat(history.get(comment)).as(comment).isEqualTo(1));
        assertThat(history).as("saves in the history").allSatisfy((comment, count) -> {
            assertThat(count).as(comment).isEqualTo(1);
            assertThat(everySent).as("sent by a writer").contains(comment);
        });
        try (ResultSet rows = query(db, """
                select r.ward_id, i.item_no, g.comment from rating g join survey_response r on r.id = g.response_id
                join survey_round o on o.id = r.round_id join instrument_item i on i.id = g.item_id
                where o.fiscal_year = ? and r.respondent_type = 'WARD_OFFICE' and r.ward_id in (%s)"""
                .formatted(writersWards()))) {
            while (rows.next()) {
                List<String> comments = sent.getOrDefault(rows.getLong(1) + "/" + rows.getInt(2), List.of());
                int lastAcknowledged = lastAcknowledged(comments);
                assertThat(comments.subList(Math.max(lastAcknowledged, 0), comments.size()))
                        .as("ward %d item %d", rows.getLong(1), rows.getInt(2)).contains(rows.getString(3));
            }
        }
        for (long ward : submitted) {
            try (ResultSet rows = query(db, """
                    select r.status from survey_response r join survey_round o on o.id = r.round_id
                    where o.fiscal_year = ? and r.respondent_type = 'WARD_OFFICE' and r.ward_id = """ + ward)) {
                assertThat(rows.next()).as("response of ward %d", ward).isTrue();
                assertThat(rows.getString(1)).as("response of ward %d", ward).isEqualTo("SUBMITTED");
            }
        }
    }

    private String writersWards() {
        return String.join(",", wards.stream().map(String::valueOf).toList());
    }

    private int lastAcknowledged(List<String> comments) {
        for (int i = comments.size() - 1; i >= 0; i--) {
            if (acknowledged.contains(comments.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The ward-office counts per item and level over the round's submitted responses, straight from the tables. */
    Map<String, Integer> storedCounts(Connection db) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet rows = query(db, """
                select i.item_no, g.level, count(*) from rating g join survey_response r on r.id = g.response_id
                join survey_round o on o.id = r.round_id join instrument_item i on i.id = g.item_id
                where o.fiscal_year = ? and r.respondent_type = 'WARD_OFFICE' and r.status = 'SUBMITTED'
                and g.level is not null group by i.item_no, g.level""")) {
            while (rows.next()) {
                counts.put(rows.getInt(1) + "/" + rows.getString(2), rows.getInt(3));
            }
        }
        return counts;
    }

    private ResultSet query(Connection db, String sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statement.setInt(1, fiscalYear);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
