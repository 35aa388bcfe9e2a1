package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import java.util.EnumMap;
import java.util.Map;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.home.FirstRunChecklist;
import jp.osaka.renkei.home.FirstRunService;
import jp.osaka.renkei.home.FirstRunStep;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** はじめに行うこと on ホーム: the bureau sees it on a fresh install until every step is done; nobody else does. */
@DemoDataTest
class HomeFirstRunTest extends SpringBrowserlessTest {

    @MockitoBean
    FirstRunService firstRun;

    @Test
    @WithUserDetails("admin")
    void theBureauSeesTheChecklistOnAFreshInstallWithEachStepsStateInWords() {
        when(firstRun.checklist(anyList())).thenReturn(fresh());

        showHome();

        Card card = find(Card.class).withId("first-run").single();
        assertThat(find(ListItem.class, card).all()).hasSize(5);
        ListItem wards = find(ListItem.class).withId("first-run-wards").single();
        assertThat(find(Span.class, wards).all()).extracting(Span::getText).contains("済み");
        ListItem past = find(ListItem.class).withId("first-run-past-rounds").single();
        assertThat(find(Span.class, past).all()).extracting(Span::getText).contains("未完了");
        assertThat(find(Anchor.class, card).all()).extracting(Anchor::getText, Anchor::getHref).containsExactly(
                org.assertj.core.groups.Tuple.tuple("区の確認", "admin/wards"),
                org.assertj.core.groups.Tuple.tuple("アカウントの作成", "admin/users"),
                org.assertj.core.groups.Tuple.tuple("質問項目の準備", "admin/rounds"),
                org.assertj.core.groups.Tuple.tuple("過去の調査回の取り込み", "admin/import"),
                org.assertj.core.groups.Tuple.tuple("目標の基準・目標の調査回", "goals"));
    }

    @Test
    @WithUserDetails("admin")
    void theChecklistIsGoneOnceEveryStepIsDone() {
        Map<FirstRunStep, Boolean> all = new EnumMap<>(FirstRunStep.class);
        for (FirstRunStep step : FirstRunStep.values()) {
            all.put(step, true);
        }
        when(firstRun.checklist(anyList())).thenReturn(new FirstRunChecklist(all));

        showHome();

        assertThat(find(Card.class).withId("first-run").all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerDoesNotSeeTheChecklist() {
        when(firstRun.checklist(anyList())).thenReturn(fresh());

        showHome();

        assertThat(find(Card.class).withId("first-run").all()).isEmpty();
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserDoesNotSeeTheChecklist() {
        when(firstRun.checklist(anyList())).thenReturn(fresh());

        showHome();

        assertThat(find(Card.class).withId("first-run").all()).isEmpty();
    }

    /**
     * ホーム afresh with the checklist just stubbed: the test UI opened ホーム (the root route) before the test ran,
     * and navigating to the route it shows keeps that view.
     */
    private void showHome() {
        navigate(HomeView.class);
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private static FirstRunChecklist fresh() {
        return new FirstRunChecklist(Map.of(FirstRunStep.WARDS, true));
    }
}
