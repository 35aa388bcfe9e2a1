package jp.osaka.renkei.base;

import org.springframework.jdbc.core.JdbcTemplate;

/** Releases the job locks that jobs run by a test took, for the tests of every feature on a database of their own. */
public final class JobLockFixture {

    private final JdbcTemplate jdbc;

    public JobLockFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void releaseAll() {
        jdbc.update("delete from job_lock");
    }
}
