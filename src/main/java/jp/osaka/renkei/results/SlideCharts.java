package jp.osaka.renkei.results;

import java.awt.geom.Rectangle2D;

import javax.xml.namespace.QName;

import jp.osaka.renkei.base.ui.Contrast;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jspecify.annotations.Nullable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The 資料's bars as native PowerPoint charts: stacked horizontal bars whose data is embedded as a workbook, so that
 * 「データの編集」 opens the counts; each level in its colour (survey.Level), the count on its segment.
 */
final class SlideCharts {

    /** 未回答's fill and outline, as on the screen's charts (results.ui.LevelBars). */
    static final String UNANSWERED_COLOUR = "#f1f1f1";
    private static final String UNANSWERED_OUTLINE = "#767676";

    private SlideCharts() {
    }

    static XSLFChart add(XMLSlideShow show, XSLFSlide slide, ReportDeck.Bars bars, Rectangle2D anchor,
            double fontSize) {
        XSLFChart chart = show.createChart(slide);
        // a graphic frame's anchor is in EMU, where a shape's is in points
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        chart.setAutoTitleDeleted(true);
        text(chart.getCTChartSpace().addNewTxPr(), fontSize, null);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // the first category at the top, as the slide is read; the counts' axis then belongs at the bottom
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMinimum(0);
        if (bars.percent()) {
            values.setNumberFormat("0%");
        } else {
            values.setMaximum(Math.max(1, bars.largest()));
            values.setNumberFormat("0");
        }
        values.getOrAddMajorGridProperties().setLineProperties(line("#d9d9d9"));
        font(categories, fontSize);
        font(values, fontSize);

        int rows = bars.categories().size();
        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromArray(
                bars.categories().toArray(String[]::new), chart.formatRange(new CellRangeAddress(1, rows, 0, 0)), 0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(bars.percent() ? BarGrouping.PERCENT_STACKED : BarGrouping.STACKED);
        data.setGapWidth(40);
        data.setVaryColors(false);
        for (int column = 0; column < bars.series().size(); column++) {
            ReportDeck.Series one = bars.series().get(column);
            XDDFNumericalDataSource<Integer> counts = XDDFDataSourcesFactory.fromArray(
                    one.values().toArray(Integer[]::new),
                    chart.formatRange(new CellRangeAddress(1, rows, column + 1, column + 1)), column + 1);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, counts);
            series.setTitle(one.name(), chart.setSheetTitle(one.name(), column + 1));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(colour(one.colour())));
            shape.setLineProperties(line(one.colour().equals(UNANSWERED_COLOUR) ? UNANSWERED_OUTLINE : "#ffffff"));
            series.setShapeProperties(shape);
            labels(series.getCTBarSer().addNewDLbls(), one.colour(), fontSize);
        }
        chart.plot(data); // also writes the embedded workbook that 「データの編集」 opens
        overlap(chart.getCTChart().getPlotArea().getBarChartArray(0));
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        text(chart.getCTChart().getLegend().addNewTxPr(), fontSize, null);
        return chart;
    }

    /**
     * Stacked bars lie on each other (overlap 100 %). Set as text: the schema type that XDDF's setter loads is not in
     * poi-ooxml-lite.
     */
    private static void overlap(CTBarChart bars) {
        CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    /** The count on its segment, in the text colour that reads on the level's colour; none on a zero. */
    private static void labels(CTDLbls labels, String colour, double fontSize) {
        labels.addNewNumFmt().setFormatCode("0;;;");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewSpPr().addNewNoFill();
        text(labels.addNewTxPr(), fontSize, Contrast.textOn(colour));
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** A chart part's text: its size and the report's typeface for Latin and East-Asian text alike. */
    private static void text(CTTextBody body, double fontSize, @Nullable String colour) {
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextCharacterProperties run = body.addNewP().addNewPPr().addNewDefRPr();
        run.setSz((int) Math.round(fontSize * 100));
        if (colour != null) {
            run.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
        }
        run.addNewLatin().setTypeface(ReportSlides.FONT);
        run.addNewEa().setTypeface(ReportSlides.FONT);
    }

    private static void font(XDDFChartAxis axis, double fontSize) {
        axis.getOrAddTextProperties().setFontSize(fontSize);
        axis.getOrAddTextProperties().setFonts(new XDDFFont[] {
                new XDDFFont(FontGroup.LATIN, ReportSlides.FONT, null, null, null),
                new XDDFFont(FontGroup.EAST_ASIAN, ReportSlides.FONT, null, null, null) });
    }

    private static XDDFLineProperties line(String colour) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(colour(colour)));
        line.setWidth(0.75);
        return line;
    }

    private static XDDFColor colour(String hex) {
        return XDDFColor.from(rgb(hex));
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
    }
}
