package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.results.Outline.Line;
import jp.osaka.renkei.results.Outline.Marker;

import org.junit.jupiter.api.Test;

/** まとめ and 今後の方向性 read as the bureau wrote them: headings, bullets, numbers as written, and indentation. */
class OutlineTest {

    @Test
    void theSeedsDirectionIsTwoTopLevelHeadings() {
        assertThat(Outline.parse("＃地域における医療・介護の様々な関係機関との連携の強化\n"
                + "＃顔の見える関係から、切れ目のない医療・介護の提供体制の構築の深化"))
                .containsExactly(new Line(0, Marker.HEADING, "", "地域における医療・介護の様々な関係機関との連携の強化"),
                        new Line(0, Marker.HEADING, "", "顔の見える関係から、切れ目のない医療・介護の提供体制の構築の深化"));
    }

    @Test
    void bulletsOfEveryKindLoseTheirMarkerAndBlankLinesAreDropped() {
        assertThat(Outline.parse("・連携が進んでいる。\n\n- 周知が必要。\n   \n• Stronger cooperation\n"))
                .containsExactly(new Line(0, Marker.BULLET, "", "連携が進んでいる。"),
                        new Line(0, Marker.BULLET, "", "周知が必要。"),
                        new Line(0, Marker.BULLET, "", "Stronger cooperation"));
    }

    @Test
    void numberedLinesKeepTheirNumberAsWrittenAndGetNoBullet() {
        List<Line> lines = Outline.parse("1. 医師会\n１．歯科医師会\n(3) 薬剤師会\n（４）区内病院\n⑤訪問看護\n10.訪問介護\n2) 二");

        assertThat(lines).extracting(Line::marker).containsOnly(Marker.NUMBER);
        assertThat(lines).extracting(Line::number).containsExactly("1.", "１．", "(3)", "（４）", "⑤", "10.", "2)");
        assertThat(lines).extracting(Line::text).containsExactly("医師会", "歯科医師会", "薬剤師会", "区内病院", "訪問看護",
                "訪問介護", "二");
    }

    @Test
    void aYearOrADecimalAtTheStartIsNoNumber() {
        assertThat(Outline.parse("2021年度と比較し増加した。\n1.5倍に増えた。"))
                .containsExactly(new Line(0, Marker.NONE, "", "2021年度と比較し増加した。"),
                        new Line(0, Marker.NONE, "", "1.5倍に増えた。"));
    }

    @Test
    void indentationWithHalfOrFullWidthSpacesOrTabsPutsALineALevelDeeper() {
        List<Line> lines = Outline.parse("""
                ・区役所
                  ・医師会
                \t\t（１）会議を開く
                　・歯科医師会
                ・相談支援室""");

        assertThat(lines).extracting(Line::depth).containsExactly(0, 1, 2, 1, 0);
        assertThat(lines.get(2)).isEqualTo(new Line(2, Marker.NUMBER, "（１）", "会議を開く"));
    }

    @Test
    void aLineIsNeverMoreThanOneLevelBelowTheOneBeforeAndPointsUnderAHeadingSitBelowIt() {
        List<Line> lines = Outline.parse("""
                        ・深く字下げした最初の行
                ＃連携の強化
                ・周知する
                    ・説明会を開く
                # Deeper cooperation
                1. Meet""");

        assertThat(lines).extracting(Line::depth).containsExactly(0, 0, 1, 2, 0, 1);
        assertThat(lines).extracting(Line::marker).containsExactly(Marker.BULLET, Marker.HEADING, Marker.BULLET,
                Marker.BULLET, Marker.HEADING, Marker.NUMBER);
    }

    @Test
    void aMarkerAloneIsNoPoint() {
        assertThat(Outline.parse("＃\n・\n・残る")).containsExactly(new Line(0, Marker.BULLET, "", "残る"));
    }
}
