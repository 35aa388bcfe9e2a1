package jp.osaka.renkei.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.IntegrationTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * 020-goal and 021-action on MariaDB: the seeded goals, and the rules the schema enforces whatever the
 * application does, each written with plain SQL in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class ActionConstraintsIT {

    private static final String OWNER = IntegrationTestDatabase.ADMIN_USERNAME;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theSeedsTwoGoalsAreMasterDataInBothLanguages() {
        assertThat(jdbc.queryForList("select title_ja from goal order by sort_order", String.class)).containsExactly(
                "地域における医療・介護の様々な関係機関との連携の強化", "顔の見える関係から、切れ目のない医療・介護の提供体制の構築の深化");
        assertThat(jdbc.queryForList("select title_en from goal order by sort_order", String.class))
                .allSatisfy(title -> assertThat(title).isNotBlank());
    }

    @Test
    void theTablesKeepJapaneseTextInUtf8mb4() {
        long id = insertAction("PLANNED", OWNER, "𠮷野家と連携 🏥");
        assertThat(jdbc.queryForObject("select title from action where id = ?", String.class, id))
                .isEqualTo("𠮷野家と連携 🏥");
    }

    @Test
    void anActionsStatusIsOneOfTheFour() {
        insertAction("ON_HOLD", OWNER, "保留の取組み");
        assertThatThrownBy(() -> insertAction("CANCELLED", OWNER, "取り消し"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_action_status");
    }

    @Test
    void anActionsOwnerIsAUserAndItsTitleIsNotBlank() {
        assertThatThrownBy(() -> insertAction("PLANNED", "nobody", "担当者なし"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_action_owner");
        assertThatThrownBy(() -> insertAction("PLANNED", OWNER, "   "))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_action_title");
    }

    @Test
    void aPartnerIsNamedOncePerActionAndMustExist() {
        long id = insertAction("PLANNED", OWNER, "連携強化");
        jdbc.update("insert into action_partner (action_id, partner_id) values (?, 6)", id);
        assertThatThrownBy(() -> jdbc.update("insert into action_partner (action_id, partner_id) values (?, 6)", id))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.update("insert into action_partner (action_id, partner_id) values (?, 9999)", id))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_action_partner_partner");
    }

    @Test
    void aNoteBelongsToAnExistingAction() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into action_note (action_id, note_date, text, author, created_at)
                values (999999, '2030-04-01', 'メモ', ?, '2030-04-01 09:00:00')""", OWNER))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_action_note_action");
    }

    private long insertAction(String status, String owner, String title) {
        jdbc.update("""
                insert into action (title, ward_id, goal_id, owner, due_date, status, created_by, created_at,
                updated_by, updated_at) values (?, 1, (select min(id) from goal), ?, '2030-03-31', ?, ?,
                '2030-01-01 09:00:00', ?, '2030-01-01 09:00:00')""", title, owner, status, OWNER, OWNER);
        return jdbc.queryForObject("select max(id) from action", Long.class);
    }
}
