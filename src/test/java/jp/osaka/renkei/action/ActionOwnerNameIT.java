package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.IntegrationTestDatabase;
import jp.osaka.renkei.IntegrationTestServer;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * 035-action-owner-name on MariaDB: an action is owned by a user or by a person without an account, exactly one;
 * and a database of before the change keeps its actions' user owners through it.
 */
@IntegrationTest
class ActionOwnerNameIT {

    private static final String ADMIN = IntegrationTestDatabase.ADMIN_USERNAME;
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    @Transactional // rolled back
    void anActionIsOwnedByAUserOrByANameNeverBothNorNeither() {
        long named = insertAction(null, "訪問看護ステーション 田中");
        assertThat(jdbc.queryForObject("select owner_name from action where id = ?", String.class, named))
                .isEqualTo("訪問看護ステーション 田中");
        insertAction(ADMIN, null);

        for (String[] owners : List.of(new String[] {null, null}, new String[] {ADMIN, "田中"},
                new String[] {null, "   "})) {
            assertThatThrownBy(() -> insertAction(owners[0], owners[1]))
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_action_owner");
        }
        assertThatThrownBy(() -> insertAction(null, "田".repeat(101)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anExistingActionKeepsItsUserOwnerThroughTheChange() throws Exception {
        String database = "renkei_owner_" + Long.toHexString(System.nanoTime());
        jdbc.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try (Connection connection = DriverManager.getConnection(url(database),
                IntegrationTestServer.server().user(), IntegrationTestServer.server().password())) {
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(),
                    new JdbcConnection(connection));
            List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            int before = unrun.stream().map(ChangeSet::getId).toList().indexOf("035-action-owner-name");
            assertThat(before).isPositive();
            liquibase.update(before, new Contexts(), new LabelExpression());
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into app_user (username, password_hash, display_name, role, enabled, created_at)
                        values ('old-owner', 'x', '旧担当者', 'CITY_ADMIN', true, '2030-01-01 09:00:00')""");
                statement.execute("""
                        insert into action (title, owner, due_date, status, created_by, created_at, updated_by,
                        updated_at) values ('前からの取組み', 'old-owner', '2030-03-31', 'PLANNED', 'old-owner',
                        '2030-01-01 09:00:00', 'old-owner', '2030-01-01 09:00:00')""");
            }

            liquibase.update(new Contexts(), new LabelExpression());

            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select owner, owner_name from action")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("old-owner");
                assertThat(row.getString(2)).isNull();
                assertThat(row.next()).isFalse();
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private String url(String database) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }
    }

    private long insertAction(@Nullable String owner, @Nullable String ownerName) {
        jdbc.update("""
                insert into action (title, ward_id, owner, owner_name, due_date, status, created_by, created_at,
                updated_by, updated_at) values ('担当者の確認', 1, ?, ?, '2030-03-31', 'PLANNED', ?,
                '2030-01-01 09:00:00', ?, '2030-01-01 09:00:00')""", owner, ownerName, ADMIN, ADMIN);
        return jdbc.queryForObject("select max(id) from action", Long.class);
    }
}
