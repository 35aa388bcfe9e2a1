package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property tests of a goal's texts (title VARCHAR(200), English title VARCHAR(300), description VARCHAR(2000)) and
 * a KPI's names (VARCHAR(200) / VARCHAR(300)), without Spring: intact up to the limit, refused with the message over.
 */
class GoalTextLengthTest {


    private final Goal goal = new Goal();

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_TITLE_LENGTH)
    void aGoalAndAKpiNameUpToTwoHundredCharactersAreKeptIntact(String title) {
        goal.update(title, "Goal", null);

        assertThat(goal.getTitle().ja()).isEqualTo(title);
        KpiService.validate(kpi(title, null));
    }

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_TITLE_LENGTH, over = true)
    void aLongerGoalOrKpiNameIsRefusedWithTheMessageAndTheGoalIsUnchanged(String title) {
        goal.update("目標", "Goal", "説明");

        LimitedText.refused(() -> goal.update(title, "Goal (new)", "新しい説明"), "goal.title.tooLong", 200);
        LimitedText.refused(() -> KpiService.validate(kpi(title, null)), "kpi.nameJa.tooLong", 200);
        assertThat(goal.getTitle().en()).isEqualTo("Goal");
        assertThat(goal.getDescription()).isEqualTo("説明");
    }

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_TITLE_EN_LENGTH)
    void anEnglishGoalAndKpiNameUpToThreeHundredCharactersAreKeptIntact(String title) {
        goal.update("目標", title, null);

        assertThat(goal.getTitle().en()).isEqualTo(title);
        KpiService.validate(kpi("KPI", title));
    }

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_TITLE_EN_LENGTH, over = true)
    void aLongerEnglishGoalOrKpiNameIsRefusedWithTheMessage(String title) {
        LimitedText.refused(() -> goal.update("目標", title, null), "goal.titleEn.tooLong", 300);
        LimitedText.refused(() -> KpiService.validate(kpi("KPI", title)), "kpi.nameEn.tooLong", 300);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_DESCRIPTION_LENGTH)
    void aDescriptionUpToTwoThousandCharactersIsKeptIntact(String description) {
        goal.update("目標", "Goal", description);

        assertThat(goal.getDescription()).isEqualTo(description);
    }

    @ParameterizedTest
    @LimitedTexts(limit = Goal.MAX_DESCRIPTION_LENGTH, over = true)
    void aLongerDescriptionIsRefusedWithTheMessage(String description) {
        LimitedText.refused(() -> goal.update("目標", "Goal", description), "goal.description.tooLong", 2000);
    }

    private static KpiForm kpi(String ja, String en) {
        return new KpiForm(ja, en, new KpiDefinition(KpiKind.WARDS_AT_LEVELS, RespondentType.WARD_OFFICE, List.of(1L),
                Set.of(Level.WELL), 2017, 24, 2025, false));
    }
}
