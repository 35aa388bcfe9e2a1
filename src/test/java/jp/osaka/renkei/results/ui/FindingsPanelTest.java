package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.FindingSummary;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 所見 and まとめ on 集計結果: administrators curate them there; everyone else only reads them. */
@DemoDataTest
class FindingsPanelTest extends SpringBrowserlessTest {

    private static final QueryParameters ROOM_2021 = QueryParameters.simple(
            Map.of("round", "2021", "compare", "2017", "type", "support-room"));

    @Autowired
    FindingService findings;

    @AfterEach
    void backToGenerated() {
        SystemActor.run(() -> findings.reset(2021, RespondentType.SUPPORT_ROOM,
                findings.findings(2021, RespondentType.SUPPORT_ROOM).version()));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorEditsAFindingInTheDialogAndResetsThemAll() {
        openRoom2021();
        String first = text(item(0));

        test(button("finding-edit-0")).click();
        test(find(TextArea.class).withId("finding-ja").single()).setValue("ほとんどの区で連携が進んでいる。");
        test(button("finding-ok")).click();
        assertThat(text(item(0))).isEqualTo("ほとんどの区で連携が進んでいる。");

        test(button("finding-hide-1")).click();
        assertThat(item(1).getClassNames()).contains("finding-hidden");

        test(button("findings-reset")).click();
        test(find(ConfirmDialog.class).withId("findings-reset-confirm").single()).confirm();
        assertThat(text(item(0))).isEqualTo(first);
        assertThat(item(1).getClassNames()).doesNotContain("finding-hidden");
        assertThat(button("conclusions-edit").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsTheFindingsAndTheSummaryWithoutAnyControl() {
        openRoom2021();

        assertThat(text(item(0))).startsWith("全体として、関係機関との連携において");
        List<String> ids = find(Button.class).all().stream().map(b -> b.getId().orElse("")).toList();
        assertThat(ids).noneMatch(id -> id.startsWith("finding") || id.startsWith("conclusions"));
        assertThat(find(Paragraph.class).withId("conclusions-summary").single().getText())
                .contains("『理学療法士会』が存在していることが認知されておらず");
    }

    @Test
    @WithUserDetails("admin")
    void changingOnlyTheJapaneseWarnsThatTheEnglishGoesAndEnglishReadersSeeTheFindingMarked() {
        openRoom2021();
        test(button("finding-edit-0")).click();
        TextArea ja = find(TextArea.class).withId("finding-ja").single();
        TextArea en = find(TextArea.class).withId("finding-en").single();
        String english = en.getValue();
        assertThat(english).as("the generated English").startsWith("Overall");
        assertThat(staleWarning().isVisible()).isFalse();

        test(ja).setValue("全体として、各機関との連携が進んでいる。");
        assertThat(staleWarning().isVisible()).isTrue();
        assertThat(staleWarning().getText()).contains("英語の文は日本語と合わなくなるため、保存すると削除されます");
        test(en).setValue("Overall, cooperation has progressed.");
        assertThat(staleWarning().isVisible()).as("English rewritten too").isFalse();
        test(en).setValue(english);
        assertThat(staleWarning().isVisible()).isTrue();
        test(button("finding-ok")).click();

        FindingSummary edited = findings.findings(2021, RespondentType.SUPPORT_ROOM).lines().getFirst();
        assertThat(edited.textEn()).isNull();
        assertThat(item(0).getChildren().filter(child -> child.hasClassName("finding-no-english")))
                .as("no marker in Japanese").isEmpty();

        UI.getCurrent().setLocale(AppLocales.ENGLISH);
        FindingsPanel inEnglish = new FindingsPanel(findings, 2021, RespondentType.SUPPORT_ROOM, false);
        List<ListItem> items = inEnglish.getChildren().filter(UnorderedList.class::isInstance)
                .flatMap(Component::getChildren).map(ListItem.class::cast).toList();
        assertThat(text(items.get(0))).isEqualTo("全体として、各機関との連携が進んでいる。");
        assertThat(markers(items.get(0))).containsExactly(" (no English)");
        assertThat(text(items.get(1))).startsWith("In cooperation with");
        assertThat(markers(items.get(1))).isEmpty();

        UI.getCurrent().navigate("results/report", QueryParameters.fromString("round=2021"));
        assertThat(find(ListItem.class).all()).filteredOn(item -> !markers(item).isEmpty())
                .extracting(ListItem::getText).containsExactly("全体として、各機関との連携が進んでいる。");
    }

    private Paragraph staleWarning() {
        return find(FindingDialog.class).single().getChildren().filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).filter(p -> p.getId().orElse("").equals("finding-english-stale"))
                .findFirst().orElseThrow();
    }

    private static List<String> markers(ListItem item) {
        return item.getChildren().filter(child -> child.hasClassName("finding-no-english"))
                .map(child -> child.getElement().getText()).toList();
    }

    private void openRoom2021() {
        navigate(ResultsView.class);
        UI.getCurrent().navigate(ResultsView.class, ROOM_2021);
    }

    private ListItem item(int index) {
        return find(ListItem.class).withId("finding-" + index).single();
    }

    private static String text(Component item) {
        return item.getChildren().findFirst().orElseThrow().getElement().getText();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }
}
