package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The 資料 as the bureau's slides have it: the 資料番号 in a box on the title page, the reference page with its
 * source and footnote (or, without reference data, left out with a note on screen), who answered each round, まとめ
 * and 今後の方向性 with their hierarchy, and a footer for every printed page. On the demo data.
 */
@DemoDataTest
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ConclusionsService conclusions;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("viewer")
    void theTitlePageCarriesTheDocumentNumberInABoxAndTheFooterItsNumberTitleDateAndPages() {
        open("2021");

        Div label = find(Div.class).withId("report-document-label").single();
        assertThat(label.getText()).isEqualTo("資料３");
        assertThat(label.getParent().flatMap(parent -> parent.getId())).contains("report-title");
        String footer = footerRule();
        assertThat(footer).contains("@bottom-left { content: \"資料３　各機関との連携度（令和3年度）\"")
                .contains("content: counter(page) \" / \" counter(pages)")
                .contains("@bottom-right { content: \"作成日：" + DateFormats.date(LocalDate.now(clock), Locale.JAPANESE)
                        + "\"");
    }

    @Test
    @WithUserDetails("admin")
    void withoutADocumentNumberNoBoxIsPrintedAndTheFooterHasTheTitleAlone() {
        Conclusions demo = conclusions.conclusions(2021).orElseThrow();
        try {
            conclusions.save(new Conclusions(2021, demo.summaryJa(), demo.summaryEn(), demo.directionJa(),
                    demo.directionEn(), "  "));
            open("2021");

            assertThat(find(Div.class).withId("report-document-label").all()).isEmpty();
            assertThat(footerRule()).contains("@bottom-left { content: \"各機関との連携度（令和3年度）\"");
        } finally {
            conclusions.save(demo);
        }
    }

    @Test
    @WithUserDetails("viewer")
    void theReferencePageNamesItsSourceWithTheRoundAndWhatTheAsteriskStandsFor() {
        open("2021");

        Section page = find(Section.class).withId("report-reference").single();
        assertThat(find(H2.class).from(page).single().getText()).isEqualTo("（参考）医療施設等（＊）における連携度");
        assertThat(find(Paragraph.class).withId("report-reference-source").single().getText())
                .isEqualTo("（令和3年度 大阪市在宅医療・介護連携推進事業に関する医療施設等アンケート調査より）");
        assertThat(find(Paragraph.class).withId("report-reference-footnote").single().getText())
                .isEqualTo("＊医療施設等：病院、在宅療養支援診療所、在宅療養支援歯科診療所、在宅患者訪問薬剤管理指導料届出薬局、"
                        + "訪問看護ステーション");
        assertThat(find(Paragraph.class).withId("report-reference-omitted").all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aRoundWithoutReferenceDataLeavesItsPageOutAndSaysWhyOnScreenOnly() {
        open("2017");

        assertThat(find(Section.class).all()).extracting(section -> section.getId().orElseThrow())
                .containsExactly("report-title", "report-ward-office", "report-support-room", "report-conclusions");
        Paragraph note = find(Paragraph.class).withId("report-reference-omitted").single();
        assertThat(note.getText()).contains("医療施設等アンケートが入力されていないため").contains("印刷しません")
                .contains("「医療施設等アンケート」の画面で件数を入力できます");
        assertThat(note.getClassNames()).contains("no-print");
    }

    @Test
    @WithUserDetails("viewer")
    void eachInstrumentPageSaysHowManyWardsAnsweredThisRoundAndTheOneBefore() {
        open("2021");

        for (String type : java.util.List.of("ward-office", "support-room")) {
            assertThat(find(Paragraph.class).withId("report-respondents-" + type).single().getText())
                    .startsWith("今回調査：令和3年度（回答 24 / 24区）　前回調査：平成29年度（回答 24 / 24区） ");
        }
        open("2017");
        assertThat(find(Paragraph.class).withId("report-respondents-ward-office").single().getText())
                .isEqualTo("今回調査：平成29年度（回答 24 / 24区）");
    }

    @Test
    @WithUserDetails("viewer")
    void theSeedsDirectionPrintsAsHeadingsAndItsSummaryAsBullets() {
        open("2021");

        Section page = find(Section.class).withId("report-conclusions").single();
        assertThat(find(ListItem.class).from(page).all()).extracting(item -> item.getClassNames().iterator().next())
                .containsExactly("outline-bullet", "outline-bullet", "outline-bullet", "outline-bullet",
                        "outline-heading", "outline-heading");
        assertThat(find(ListItem.class).from(page).all().get(4).getText())
                .isEqualTo("地域における医療・介護の様々な関係機関との連携の強化");
    }

    @Test
    @WithUserDetails("admin")
    void numberedAndIndentedPointsKeepTheirNumbersAndLevels() {
        try {
            conclusions.save(new Conclusions(2025, "・全体\n　（１）区役所\n　（２）相談支援室\n    ・医師会", null,
                    "＃連携の強化\n1. 周知する\n2. 会議を開く", null));
            open("2025");

            Section page = find(Section.class).withId("report-conclusions").single();
            UnorderedList summary = (UnorderedList) page.getChildren().skip(1).findFirst().orElseThrow()
                    .getChildren().findFirst().orElseThrow();
            ListItem whole = (ListItem) summary.getChildren().findFirst().orElseThrow();
            assertThat(whole.getText()).isEqualTo("全体");
            Element nested = whole.getElement().getChild(1);
            assertThat(nested.getTag()).isEqualTo("ul");
            assertThat(nested.getChildren().map(Element::getTextRecursively))
                    .containsExactly("（１）区役所", "（２）相談支援室医師会");
            assertThat(nested.getChild(0).getChild(0).getClassList()).contains("outline-number");
            assertThat(nested.getChild(1).getChild(2).getChild(0).getClassList()).contains("outline-bullet");
            assertThat(find(ListItem.class).from(page).all()).filteredOn(item -> item.hasClassName("outline-number"))
                    .extracting(item -> item.getElement().getTextRecursively())
                    .containsExactly("（１）区役所", "（２）相談支援室医師会", "1.周知する", "2.会議を開く");
        } finally {
            SystemActor.run(() -> conclusions.save(new Conclusions(2025, "", null, "", null)));
        }
    }

    private void open(String round) {
        UI.getCurrent().navigate("results/report", QueryParameters.fromString("round=" + round));
        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
    }

    private String footerRule() {
        Element view = ((ReportView) getCurrentView()).getElement();
        return view.getChildren().filter(child -> child.getTag().equals("style")).findFirst()
                .map(Element::getTextRecursively).orElseThrow();
    }
}
