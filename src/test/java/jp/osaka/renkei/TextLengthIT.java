package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On MariaDB (utf8mb4), whose VARCHAR(n) counts characters: a ward name and a goal exactly at their columns' limits
 * in 4-byte characters are stored intact, and one character more is refused with the message that names the field,
 * not with a database error.
 */
@IntegrationTest
class TextLengthIT {

    private static final long TAISHO = 8;

    @Autowired
    WardService wards;
    @Autowired
    GoalService goals;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWardNameOfTwentyFourByteCharactersIsStoredIntactAndTwentyOneGetTheMessage() {
        assertThat(columnLength("ward", "name_ja")).isEqualTo(20);
        try {
            SystemActor.run(() -> renameTaisho("𠮷".repeat(19) + "区", "𠮷".repeat(40)));

            assertThat(jdbc.queryForObject("select name_ja from ward where id = ?", String.class, TAISHO))
                    .isEqualTo("𠮷".repeat(19) + "区");
            assertThat(jdbc.queryForObject("select name_en from ward where id = ?", String.class, TAISHO))
                    .isEqualTo("𠮷".repeat(40));
            LimitedText.refused(() -> SystemActor.run(() -> renameTaisho("𠮷".repeat(21), "Taisho")),
                    "ward.nameJa.tooLong", 20);
            assertThat(SystemActor.call(() -> wards.findById(TAISHO).map(Ward::getNameEn)))
                    .contains("𠮷".repeat(40));
        } finally {
            SystemActor.run(() -> renameTaisho("大正区", "Taisho"));
        }
    }

    @Test
    void aGoalOfTwoHundredFourByteCharactersIsStoredIntactAndTwoHundredOneGetTheMessage() {
        assertThat(columnLength("goal", "title_ja")).isEqualTo(200);
        GoalSummary goal = SystemActor.call(() -> goals.findAll().getFirst());
        String title = "😀".repeat(100) + "𠮷".repeat(100);
        String description = "e\u0301".repeat(1000);
        try {
            SystemActor.call(() -> goals.update(goal.id(), goal.version(), title, "🙂".repeat(300), description));

            GoalSummary saved = SystemActor.call(() -> goals.findById(goal.id()).orElseThrow());
            assertThat(saved.title().ja()).isEqualTo(title);
            assertThat(saved.title().en()).isEqualTo("🙂".repeat(300));
            assertThat(saved.description()).isEqualTo(description);
            LimitedText.refused(() -> SystemActor.call(() -> goals.update(goal.id(), saved.version(), title + "𠮷",
                    "Goal", null)), "goal.title.tooLong", 200);
            assertThat(SystemActor.call(() -> goals.findById(goal.id()).orElseThrow()).title().ja()).isEqualTo(title);
        } finally {
            GoalSummary now = SystemActor.call(() -> goals.findById(goal.id()).orElseThrow());
            SystemActor.call(() -> goals.update(goal.id(), now.version(), goal.title().ja(), goal.title().en(),
                    goal.description()));
        }
    }

    private int columnLength(String table, String column) {
        return jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where table_schema = database() and table_name = ? and column_name = ?", Integer.class, table,
                column);
    }

    /** Renames 大正区 as it is now (its current version). */
    private void renameTaisho(String ja, String en) {
        wards.rename(TAISHO, wards.findById(TAISHO).orElseThrow().getVersion(), ja, en);
    }
}
