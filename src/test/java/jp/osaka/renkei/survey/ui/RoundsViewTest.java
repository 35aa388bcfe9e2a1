package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.ui.NotFoundView;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.MissingResponses;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.SurveyFixture;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 調査回 as the bureau runs it. Works on fiscal year 2019, older than the demo's open round, so that
 * the other tests sharing the demo data still see 令和7年度 as the open round; 2018 is a round of one
 * test's own, removed afterwards.
 */
@DemoDataTest
class RoundsViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    WardService wards;
    @Autowired
    ApplicationContext context;

    private @Nullable SurveyFixture fixture;

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesOpensClosesAndPublishesARound() {
        navigate(RoundsView.class);

        test(button("create-round")).click();
        test(find(IntegerField.class).withId("round-year").single()).setValue(2019);
        find(Select.class).withId("round-comparison").single().clear();
        test(button("create-round-ok")).click();
        assertThat(status(2019)).isEqualTo(RoundStatus.DRAFT);

        test((Button) rowAction(2019)).click();
        LocalDate deadline = LocalDate.now(DateFormats.ZONE).plusDays(10);
        test(find(DatePicker.class).withId("round-deadline").single()).setValue(deadline);
        test(button("open-round-ok")).click();
        assertThat(round(2019).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round(2019).deadline()).isEqualTo(deadline);

        test((Button) rowAction(2019)).click();
        decideDespiteMissingWards();
        assertThat(status(2019)).isEqualTo(RoundStatus.CLOSED);

        test((Button) rowAction(2019)).click();
        decideDespiteMissingWards();
        assertThat(status(2019)).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(rowAction(2019)).as("a published round has nothing left to do").isNotInstanceOf(Button.class);
    }

    @Test
    @WithUserDetails("admin")
    void closingNamesTheMissingWardsPerTypeAndWaitsForAnExplicitDecision() {
        fixture = SurveyFixture.of(context);
        fixture.openRound(2018);
        ResponseKey kita = new ResponseKey(2018, SystemActor.call(wards::findAll).getFirst().getId(),
                RespondentType.WARD_OFFICE);
        SystemActor.run(() -> responses.recordOnBehalf(kita, List.of(new AnswerInput(
                responses.sheet(kita).lines().getFirst().itemId(), Level.WELL, null)), false, "北区", Instant.EPOCH));
        navigate(RoundsView.class);

        test((Button) rowAction(2018)).click();
        assertThat(text("round-missing-summary")).isEqualTo("未提出　区役所 24区 / 相談支援室 24区（全24区中）");
        assertThat(text("round-missing-ward-office")).startsWith("区役所：北区（下書き）、都島区（未回答）、福島区（未回答）");
        assertThat(text("round-missing-support-room")).startsWith("相談支援室：北区（未回答）、");
        Button ok = button("round-confirm-ok");
        assertThat(ok.getText()).isEqualTo("未提出のまま締め切る");
        assertThat(ok.isEnabled()).as("closing waits for the explicit decision").isFalse();
        test(button("round-confirm-cancel")).click();
        assertThat(status(2018)).as("cancelling changes nothing").isEqualTo(RoundStatus.OPEN);

        test((Button) rowAction(2018)).click();
        decideDespiteMissingWards();
        assertThat(status(2018)).isEqualTo(RoundStatus.CLOSED);

        test((Button) rowAction(2018)).click();
        assertThat(button("round-confirm-ok").getText()).isEqualTo("未提出のまま公表する");
    }

    @Test
    @WithUserDetails("admin")
    void whenEveryWardHasSubmittedAPlainConfirmationSuffices() {
        navigate(RoundsView.class);
        RoundSummary round = round(2025);
        List<MissingResponses> none = List.of(new MissingResponses(RespondentType.WARD_OFFICE, 24, List.of()),
                new MissingResponses(RespondentType.SUPPORT_ROOM, 24, List.of()));
        boolean[] confirmed = {false};
        new RoundDecisionDialog("rounds.close", round, none, () -> confirmed[0] = true).open();

        assertThat(text("round-missing-summary")).isEqualTo("全区が提出済みです。");
        assertThat(find(Checkbox.class).withId("round-confirm-missing").all()).isEmpty();
        test(button("round-confirm-ok")).click();
        assertThat(confirmed[0]).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aSecondRoundForTheSameYearIsRefusedWithAClearMessage() {
        navigate(RoundsView.class);
        test(button("create-round")).click();
        test(find(IntegerField.class).withId("round-year").single()).setValue(2021);
        test(button("create-round-ok")).click();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("2021年度の調査はすでにあります。");
    }

    @Test
    @WithUserDetails("ward-kita")
    void wardUsersCannotOpenTheRoundsScreen() {
        assertThatThrownBy(() -> navigate(RoundsView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotFoundView.class.getName());
    }

    @AfterEach
    void removeOwnRound() {
        if (fixture != null) {
            fixture.removeAll();
        }
    }

    /** Ticks 「未提出の区があることを確認しました」, which enables the confirm button, and confirms. */
    private void decideDespiteMissingWards() {
        test(find(Checkbox.class).withId("round-confirm-missing").single()).click();
        Button ok = button("round-confirm-ok");
        assertThat(ok.isEnabled()).isTrue();
        test(ok).click();
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getElement().getTextRecursively();
    }

    private RoundSummary round(int fiscalYear) {
        return SystemActor.call(() -> rounds.findByFiscalYear(fiscalYear).orElseThrow());
    }

    private RoundStatus status(int fiscalYear) {
        return round(fiscalYear).status();
    }

    /** The action button in a round's row (component columns are rendered per row, not in the view's tree). */
    @SuppressWarnings("unchecked")
    private Component rowAction(int fiscalYear) {
        Grid<RoundSummary> grid = find(Grid.class).withId("rounds-grid").single();
        GridTester<Grid<RoundSummary>, RoundSummary> rows = test(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getRow(row).fiscalYear() == fiscalYear) {
                return rows.getCellComponent(row, 6);
            }
        }
        throw new AssertionError("no row for " + fiscalYear);
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }
}
