package jp.osaka.renkei.ward;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes what a test wrote to this feature's tables, for the tests of every feature on a database of their own. */
public final class WardFixture {

    private final JdbcTemplate jdbc;

    public WardFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every ward's shared mailboxes (区役所 / 支援室). */
    public void removeAllMailboxes() {
        jdbc.update("delete from ward_mailbox");
    }
}
