package jp.osaka.renkei.results;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.OptionalDouble;

import jp.osaka.renkei.base.PrintLayout;
import jp.osaka.renkei.base.i18n.AppLocales;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The 資料 as an editable PowerPoint deck (16:9), in the order of the bureau's slides: title, reference survey,
 * a slide per instrument with its bars and findings (the findings on a slide of their own when they do not fit
 * beside the bars), まとめ and 今後の方向性. Text is sized to fit its box, in a Japanese typeface.
 */
final class ReportSlides {

    /** The typeface of every text, Latin and East-Asian: Office's universal-design Gothic. */
    static final String FONT = "BIZ UDPゴシック";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final double MARGIN = 30;
    private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    /** Where a slide's content starts and ends, under its title and the line of respondents. */
    private static final double TOP = 90;
    private static final double BOTTOM = HEIGHT - 20;
    /** The findings' column beside an instrument's bars. */
    private static final double FINDINGS_WIDTH = 300;

    private ReportSlides() {
    }

    static void write(ReportDeck deck, OutputStream out) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension(WIDTH, HEIGHT));
            titleSlide(show, deck);
            ReportDeck.Section reference = deck.reference();
            if (reference != null) {
                XSLFSlide slide = slide(show, reference.title());
                textBox(slide, box(MARGIN, 60, WIDTH - 2 * MARGIN, 26), List.of(reference.source()), 12, 10, false);
                SlideCharts.add(show, slide, reference.chart(), box(MARGIN, TOP, WIDTH - 2 * MARGIN, BOTTOM - TOP - 40),
                        12);
                textBox(slide, box(MARGIN, BOTTOM - 36, WIDTH - 2 * MARGIN, 36), List.of(reference.footnote()), 11, 9,
                        false);
            }
            for (ReportDeck.Instrument instrument : deck.instruments()) {
                instrumentSlides(show, instrument);
            }
            for (ReportDeck.Text text : deck.texts()) {
                outlineBox(slide(show, text.title()), box(MARGIN + 10, 80, WIDTH - 2 * MARGIN - 20, BOTTOM - 80),
                        text.lines());
            }
            language(show, AppLocales.isJapanese(deck.locale()) ? "ja-JP" : "en-US");
            show.write(out);
        }
    }

    /** Every text's language, for PowerPoint's proofing: POI marks each run en-US. */
    private static void language(XMLSlideShow show, String tag) {
        for (XSLFSlide slide : show.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape text) {
                    text.getTextParagraphs().forEach(paragraph -> paragraph.getTextRuns().forEach(
                            run -> ((CTRegularTextRun) run.getXmlObject()).getRPr().setLang(tag)));
                }
            }
        }
    }

    private static void titleSlide(XMLSlideShow show, ReportDeck deck) {
        XSLFSlide slide = show.createSlide(show.getSlideMasters().getFirst().getLayout(SlideLayout.TITLE));
        XSLFTextShape title = placeholder(slide, 0, box(60, 140, WIDTH - 120, 120));
        run(title.addNewTextParagraph(), deck.heading(), 30).setBold(true);
        XSLFTextShape subtitle = placeholder(slide, 1, box(60, 290, WIDTH - 120, 130));
        run(subtitle.addNewTextParagraph(), deck.subtitle(), 28);
        XSLFTextParagraph rounds = subtitle.addNewTextParagraph();
        rounds.setSpaceBefore(-18.0);
        run(rounds, deck.rounds(), 20);
        String label = deck.label();
        if (label != null) {
            // 資料番号 at the top right in a box, as on the bureau's slides
            XSLFTextBox box = slide.createTextBox();
            box.setAnchor(box(WIDTH - MARGIN - 140, 20, 140, 40));
            box.setLineColor(INK);
            box.setLineWidth(1.0);
            box.clearText();
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setTextAlign(TextParagraph.TextAlign.CENTER);
            run(paragraph, label, 20);
        }
    }

    /**
     * まとめ or 今後の方向性 as an outline: a heading bold without its ＃, a bullet as 「・」, a number as written,
     * each level indented further; at the largest size from 20 pt down to 11 pt that fits.
     */
    private static void outlineBox(XSLFSlide slide, Rectangle2D anchor, List<Outline.Line> lines) {
        List<String> texts = lines.stream().map(line -> "　".repeat(line.depth() + 1) + line.number() + line.text())
                .toList();
        double size = fontSize(texts, anchor.getWidth(), anchor.getHeight(), 20, 11, false).orElse(11);
        XSLFTextBox box = wrappingBox(slide, anchor);
        for (Outline.Line line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setSpaceAfter(-size * 0.5);
            double indent = size * 1.5 * line.depth();
            switch (line.marker()) {
                case BULLET -> {
                    paragraph.setBullet(true);
                    paragraph.setBulletCharacter("・");
                    paragraph.setLeftMargin(indent + size);
                    paragraph.setIndent(-size);
                    run(paragraph, line.text(), size);
                }
                case NUMBER -> {
                    paragraph.setLeftMargin(indent + size * PrintLayout.displayWidth(line.number()) / 2.0);
                    paragraph.setIndent(-size * PrintLayout.displayWidth(line.number()) / 2.0);
                    run(paragraph, line.number() + line.text(), size);
                }
                case HEADING -> {
                    paragraph.setLeftMargin(indent);
                    run(paragraph, line.text(), size).setBold(true);
                }
                case NONE -> {
                    paragraph.setLeftMargin(indent);
                    run(paragraph, line.text(), size);
                }
            }
        }
    }

    private static void instrumentSlides(XMLSlideShow show, ReportDeck.Instrument instrument) {
        XSLFSlide slide = slide(show, instrument.title());
        textBox(slide, box(MARGIN, 60, WIDTH - 2 * MARGIN, 26), List.of(instrument.respondents()), 12, 12, false);
        ReportDeck.Bars chart = instrument.chart();
        if (chart == null) {
            // small numbers: no counts, and no findings that would name them
            textBox(slide, box(MARGIN, TOP + 10, WIDTH - 2 * MARGIN, 120),
                    List.of(instrument.withheld() == null ? "" : instrument.withheld()), 18, 12, false);
            return;
        }
        List<String> findings = instrument.findings();
        Rectangle2D beside = box(WIDTH - MARGIN - FINDINGS_WIDTH, TOP, FINDINGS_WIDTH, BOTTOM - TOP);
        OptionalDouble fits = findings.isEmpty() ? OptionalDouble.empty()
                : fontSize(findings, beside.getWidth(), beside.getHeight(), 14, 10, true);
        double chartWidth = fits.isPresent() ? beside.getX() - 10 - 20 : WIDTH - 40;
        SlideCharts.add(show, slide, chart, box(20, TOP, chartWidth, BOTTOM - TOP), 9);
        if (fits.isPresent()) {
            textBox(slide, beside, findings, fits.getAsDouble(), fits.getAsDouble(), true);
        } else if (!findings.isEmpty()) {
            textBox(slide(show, instrument.findingsTitle()), box(MARGIN + 10, 80, WIDTH - 2 * MARGIN - 20,
                    BOTTOM - 80), findings, 20, 11, true);
        }
    }

    /** A slide with its title in the layout's title placeholder, so that PowerPoint's outline lists it. */
    private static XSLFSlide slide(XMLSlideShow show, String titleText) {
        XSLFSlide slide = show.createSlide(show.getSlideMasters().getFirst().getLayout(SlideLayout.TITLE_ONLY));
        XSLFTextShape title = placeholder(slide, 0, box(MARGIN, 12, WIDTH - 2 * MARGIN, 46));
        run(title.addNewTextParagraph(), titleText, 24).setBold(true);
        return slide;
    }

    /**
     * A placeholder of the slide's layout, emptied and placed on this slide alone: without a position of its own,
     * POI would move the layout's placeholder, and with it every slide's.
     */
    private static XSLFTextShape placeholder(XSLFSlide slide, int index, Rectangle2D anchor) {
        XSLFTextShape shape = slide.getPlaceholder(index);
        CTShapeProperties properties = ((CTShape) shape.getXmlObject()).getSpPr();
        if (!properties.isSetXfrm()) {
            properties.addNewXfrm();
        }
        shape.setAnchor(anchor);
        shape.clearText();
        return shape;
    }

    /**
     * A text box of paragraphs at the largest size from {@code max} down to {@code min} that fits; at {@code min}
     * when none does, and then PowerPoint shrinks it on overflow.
     */
    private static void textBox(XSLFSlide slide, Rectangle2D anchor, List<String> paragraphs, double max, double min,
            boolean bullets) {
        double size = fontSize(paragraphs, anchor.getWidth(), anchor.getHeight(), max, min, bullets).orElse(min);
        XSLFTextBox box = wrappingBox(slide, anchor);
        for (String text : paragraphs) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setSpaceAfter(-size * 0.5);
            if (bullets) {
                paragraph.setBullet(true);
                paragraph.setBulletCharacter("・");
                paragraph.setLeftMargin(size);
                paragraph.setIndent(-size);
            }
            run(paragraph, text, size);
        }
    }

    /** An empty text box that wraps its text, and which PowerPoint shrinks should the text still overflow. */
    private static XSLFTextBox wrappingBox(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setTextAutofit(TextAutofit.NORMAL);
        box.clearText();
        return box;
    }

    /**
     * The largest whole size from {@code max} down to {@code min} at which the paragraphs fit a box of this size,
     * each wrapped at the box's width (a full-width character one em wide, a half-width one half).
     */
    static OptionalDouble fontSize(List<String> paragraphs, double width, double height, double max, double min,
            boolean bullets) {
        for (double size = max; size >= min; size--) {
            double perLine = (width - 15 - (bullets ? size : 0)) / size;
            double lines = 0;
            for (String text : paragraphs) {
                lines += Math.max(1, Math.ceil(PrintLayout.displayWidth(text) / 2.0 / perLine));
            }
            double used = lines * size * 1.2 + paragraphs.size() * size * 0.5 + 8;
            if (used <= height) {
                return OptionalDouble.of(size);
            }
        }
        return OptionalDouble.empty();
    }

    private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontColor(INK);
        run.setFontFamily(FONT, FontGroup.LATIN);
        run.setFontFamily(FONT, FontGroup.EAST_ASIAN);
        return run;
    }

    private static Rectangle2D box(double x, double y, double width, double height) {
        return new Rectangle2D.Double(x, y, width, height);
    }
}
