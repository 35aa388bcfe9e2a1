package jp.osaka.renkei.survey.transfer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one worksheet, pulled from its XML one at a time: only the row being read is in memory,
 * and nothing after the row where the reader stops (e.g. at the row limit) is parsed at all. Formulas
 * are refused, never evaluated; so are dates. The XML factory is POI's secure one (no DTDs, no
 * external entities).
 */
final class SheetRows implements Iterator<SourceRow> {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader xml;
    private final List<String> strings;
    private final @Nullable StylesTable styles;
    private @Nullable SourceRow next;
    private int lastRow;

    SheetRows(InputStream sheet, List<String> strings, @Nullable StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
        this.xml = xml(sheet);
    }

    /** The workbook's shared strings in order, each the text of its runs without phonetic guides (ルビ). */
    static List<String> sharedStrings(InputStream part) {
        XMLStreamReader xml = xml(part);
        List<String> strings = new ArrayList<>();
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    StringBuilder text = new StringBuilder();
                    richText(xml, text);
                    strings.add(text.toString());
                }
            }
            return strings;
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static XMLStreamReader xml(InputStream part) {
        try {
            return XMLHelper.newXMLInputFactory().createXMLStreamReader(part);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private @Nullable SourceRow readRow() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String number = xml.getAttributeValue(null, "r");
                    lastRow = number == null ? lastRow + 1 : Integer.parseInt(number);
                    return new SourceRow(lastRow, cells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /** The cells of the row whose start tag was just read, up to its end tag; gaps are empty cells. */
    private List<SourceCell> cells() throws XMLStreamException {
        List<SourceCell> cells = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("c")) {
                skip();
                continue;
            }
            String reference = xml.getAttributeValue(null, "r");
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add(SourceCell.EMPTY);
            }
            SourceCell cell = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
            if (column < cells.size()) {
                cells.set(column, cell);
            } else {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** One {@code <c>} element, read to its end tag. */
    private SourceCell cell(@Nullable String type, @Nullable String style) throws XMLStreamException {
        boolean formula = false;
        String value = null;
        StringBuilder inline = new StringBuilder();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "f" -> {
                    formula = true;
                    skip();
                }
                case "v" -> value = xml.getElementText();
                case "is" -> richText(xml, inline);
                default -> skip();
            }
        }
        if (formula) {
            return SourceCell.refused("import.cell.formula");
        }
        String kind = type == null ? "n" : type;
        if (kind.equals("inlineStr")) {
            return SourceCell.text(inline.toString());
        }
        if (value == null || value.isEmpty()) {
            return SourceCell.EMPTY;
        }
        return switch (kind) {
            case "s" -> SourceCell.text(strings.get(Integer.parseInt(value.strip())));
            case "b" -> SourceCell.text(value.strip().equals("1") ? "TRUE" : "FALSE");
            case "str", "e" -> SourceCell.text(value);
            case "d" -> SourceCell.refused("import.cell.date");
            default -> isDate(style) ? SourceCell.refused("import.cell.date")
                    : SourceCell.text(XlsxSource.plain(Double.parseDouble(value.strip())));
        };
    }

    /** The text of an inline or shared string ({@code <is>}, {@code <si>}): its {@code <t>} runs, without ルビ. */
    private static void richText(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    skip(xml);
                } else if (xml.getLocalName().equals("t")) {
                    text.append(xml.getElementText());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** "C7" → 2; the letters before the row number, base 26. */
    static int column(String reference) {
        int column = 0;
        for (int index = 0; index < reference.length() && Character.isLetter(reference.charAt(index)); index++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(index)) - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw new IllegalArgumentException("column out of range: " + reference);
            }
        }
        return column - 1;
    }

    private boolean isDate(@Nullable String style) {
        if (styles == null || style == null || style.isBlank()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style.strip()));
        return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    private void skip() throws XMLStreamException {
        skip(xml);
    }

    /** Skips the element whose start tag was just read, with everything in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static UnreadableFileException unreadable(Exception e) {
        return new UnreadableFileException(ImportProblem.ofFile("import.file.unreadable"), e);
    }
}
