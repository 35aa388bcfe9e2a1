package jp.osaka.renkei.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes the audit entries a test caused, by their targets, for the tests of every feature. */
public final class AuditFixture {

    private final JdbcTemplate jdbc;

    public AuditFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void removeAbout(List<String> targets) {
        targets.forEach(target -> jdbc.update("delete from audit_entry where target = ?", target));
    }
}
