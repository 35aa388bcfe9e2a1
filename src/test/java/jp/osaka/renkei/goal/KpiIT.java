package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The KPI schema on MariaDB: the seeded KPIs with their items and levels, and the checks that keep KPIs sane. */
@IntegrationTest
class KpiIT {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KpiService kpis;

    @Test
    void theSeedsGoalsComeWithFourKpisThatReadTheirItemsAndLevels() {
        List<KpiResult> all = SystemActor.call(() -> kpis.all());

        assertThat(all).hasSize(4);
        assertThat(all).extracting(kpi -> kpi.definition().kind()).containsExactly(KpiKind.WARDS_RECOGNISING,
                KpiKind.SHARE_AT_LEVELS, KpiKind.WARDS_AT_LEVELS, KpiKind.MUTUAL_DISAGREEMENT);
        assertThat(all.get(1).definition().partnerIds()).hasSize(3);
        assertThat(all.get(1).definition().levels()).extracting(Enum::name).containsExactly("VERY_WELL");
        assertThat(all.get(3).definition().fewerIsBetter()).isTrue();
        assertThat(all.get(0).name().en()).isEqualTo("Wards where the physical therapists' association is known (support rooms)");
    }

    @Test
    void theSchemaRefusesAnUnknownKindATargetBeforeItsBaselineAndAnUnknownLevel() {
        long goal = jdbc.queryForObject("select id from goal where sort_order = 1", Long.class);
        String insert = "insert into kpi (goal_id, sort_order, name_ja, name_en, kind, baseline_year, target_value,"
                + " target_year) values (?, 99, 'x', 'x', ?, ?, 1, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, goal, "GUESS", 2017, 2025))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, goal, "WARDS_AT_LEVELS", 2025, 2017))
                .isInstanceOf(DataIntegrityViolationException.class);
        long kpi = jdbc.queryForObject("select min(id) from kpi", Long.class);
        assertThatThrownBy(() -> jdbc.update("insert into kpi_level (kpi_id, level) values (?, 'SOMEWHAT')", kpi))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from kpi where sort_order = 99", Integer.class)).isZero();
    }
}
