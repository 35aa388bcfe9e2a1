package jp.osaka.renkei.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.survey.Level;

/**
 * The open round's answers in the app's database: cleared before a run (so that every run's users can
 * answer again), and afterwards compared with what each user who finished the scenario chose.
 */
final class SavedAnswers {

    /** How the saved answers compare with what the users chose. */
    record Check(int expected, int savedExactlyOnce, List<String> problems) {

        boolean allSaved() {
            return problems.isEmpty() && savedExactlyOnce == expected;
        }
    }

    private final String url;
    private final String user;
    private final String password;

    SavedAnswers(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Deletes every answer of the open round (the generated data has one open round and nothing in it). */
    void clearOpenRound() {
        try (Connection db = connect()) {
            long round = openRound(db);
            for (String sql : List.of(
                    "DELETE FROM answer_change WHERE response_id IN (SELECT id FROM survey_response WHERE round_id = ?)",
                    "DELETE FROM rating WHERE response_id IN (SELECT id FROM survey_response WHERE round_id = ?)",
                    "DELETE FROM survey_response WHERE round_id = ?")) {
                try (PreparedStatement statement = db.prepareStatement(sql)) {
                    statement.setLong(1, round);
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the open round at " + url, e);
        }
    }

    /**
     * Every user who submitted has exactly one submitted response of its ward and type, with exactly one
     * rating per item at the level it chose and its comment on item 1.
     */
    Check check(Collection<WardUser> submitted) {
        Map<String, List<String[]>> saved = new HashMap<>();
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement("""
                SELECT r.ward_id, r.respondent_type, r.status, i.item_no, a.level, a.comment
                FROM survey_response r JOIN rating a ON a.response_id = r.id JOIN instrument_item i ON i.id = a.item_id
                WHERE r.round_id = ? ORDER BY r.ward_id, r.respondent_type, i.item_no""")) {
            statement.setLong(1, openRound(db));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    saved.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), k -> new ArrayList<>()).add(
                            new String[] { rows.getString(3), Integer.toString(rows.getInt(4)), rows.getString(5),
                                rows.getString(6) });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the open round at " + url, e);
        }
        List<String> problems = new ArrayList<>();
        int exactlyOnce = 0;
        for (WardUser ward : submitted) {
            List<String[]> ratings = saved.getOrDefault(ward.wardId() + "/" + ward.respondentType(), List.of());
            String problem = compare(ward, ratings);
            if (problem == null) {
                exactlyOnce++;
            } else if (problems.size() < 20) {
                problems.add(ward.username() + ": " + problem);
            }
        }
        return new Check(submitted.size(), exactlyOnce, problems);
    }

    private static String compare(WardUser ward, List<String[]> ratings) {
        if (ratings.size() != WardUser.ITEMS) {
            return ratings.size() + " ratings instead of " + WardUser.ITEMS;
        }
        for (int item = 1; item <= WardUser.ITEMS; item++) {
            String[] rating = ratings.get(item - 1);
            Level chosen = ward.choices().get(item - 1);
            if (!"SUBMITTED".equals(rating[0])) {
                return "status " + rating[0];
            }
            if (!rating[1].equals(Integer.toString(item)) || !chosen.name().equals(rating[2])) {
                return "item " + rating[1] + " saved as " + rating[2] + ", chosen " + chosen;
            }
        }
        return ward.comment().equals(ratings.getFirst()[3]) ? null : "comment of item 1 not saved";
    }

    private static long openRound(Connection db) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT id FROM survey_round WHERE status = 'OPEN'");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no open round: generate with --renkei.generate.open-round=true");
            }
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
