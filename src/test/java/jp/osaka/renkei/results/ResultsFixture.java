package jp.osaka.renkei.results;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes what a test wrote about a round to this feature's tables, for the tests of every feature. */
public final class ResultsFixture {

    private final JdbcTemplate jdbc;

    public ResultsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's findings, their lists and the reference survey's counts: before its round is removed. */
    public void removeAbout(long roundId) {
        jdbc.update("delete from finding where round_id = ?", roundId);
        jdbc.update("delete from finding_list where round_id = ?", roundId);
        jdbc.update("delete from reference_count where round_id = ?", roundId);
    }
}
