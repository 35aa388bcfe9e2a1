package jp.osaka.renkei.action;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes the actions a test wrote, with their notes, history and partners, for the tests of every feature. */
public final class ActionFixture {

    private static final String[] DETAILS = { "action_note", "action_change", "action_partner" };

    private final JdbcTemplate jdbc;

    public ActionFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every action: for a database of its own, where the test wrote all there is. */
    public void removeAll() {
        for (String table : DETAILS) {
            jdbc.update("delete from " + table + " where action_id in (select id from action)");
        }
        jdbc.update("delete from action");
    }

    /** The actions of one owner. */
    public void removeOwnedBy(String owner) {
        removeWhere("owner = ?", owner);
    }

    /** Every action of one ward: for a ward whose actions are the test's own (jp.osaka.renkei.TestWards). */
    public void removeOfWard(long wardId) {
        removeWhere("ward_id = ?", wardId);
    }

    /** The actions with this title. */
    public void removeTitled(String title) {
        removeWhere("title = ?", title);
    }

    public void remove(long id) {
        removeWhere("id = ?", id);
    }

    private void removeWhere(String condition, Object argument) {
        for (String table : DETAILS) {
            jdbc.update("delete from " + table + " where action_id in (select id from action where " + condition + ")",
                    argument);
        }
        jdbc.update("delete from action where " + condition, argument);
    }
}
