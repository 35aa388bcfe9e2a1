package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * The streamed sheet on workbooks written by hand, as other programs or an attacker may write them:
 * inline and shared strings with ルビ, cells without references, booleans and errors, and XML that tries
 * to reach outside the file.
 */
class SheetRowsTest {

    private static final String HEADER = row(1, "年度", "区", "回答主体", "項目", "連携度", "コメント");

    @Test
    void inlineAndSharedStringsAreReadWithoutTheirPhoneticGuides() {
        String shared = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <si><r><t>連携</t></r><r><t>できている</t></r><rPh sb="0" eb="2"><t>レンケイ</t></rPh></si>
                </sst>""";
        String data = """
                <row r="2"><c r="A2"><v>2021</v></c><c r="B2" t="inlineStr"><is><t>北区</t>\
                <rPh sb="0" eb="2"><t>キタク</t></rPh></is></c><c r="C2" t="inlineStr"><is><t>区役所</t></is></c>\
                <c r="D2"><v>3</v></c><c r="E2" t="s"><v>0</v></c><c r="F2" t="b"><v>1</v></c></row>""";

        ParsedFile file = read(workbook(HEADER + data, shared));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new AnswerRow(2, "2021", "北区", "区役所", "3", "連携できている", "TRUE"));
    }

    @Test
    void cellsWithoutReferencesFollowEachOtherAndGapsAreEmpty() {
        String data = """
                <row><c t="inlineStr"><is><t>2021</t></is></c><c t="inlineStr"><is><t>北区</t></is></c>\
                <c t="inlineStr"><is><t>区役所</t></is></c><c r="E2" t="inlineStr"><is><t>連携できている</t></is></c>\
                <c r="F2" t="e"><v>#N/A</v></c></row>""";

        ParsedFile file = read(workbook(HEADER + data, null));

        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(4);
            assertThat(problem.messageKey()).isEqualTo("import.cell.empty");
        });
    }

    @Test
    void aFormulaWithACachedResultIsRefusedNotRead() {
        String data = """
                <row r="2"><c r="A2"><f>2020+1</f><v>2021</v></c></row>""";

        assertThat(read(workbook(HEADER + data, null)).problems()).first()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("import.cell.formula"));
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String sheet = """
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                + HEADER + """
                <row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>""";

        ParsedFile file = read(workbookWithSheet(sheet, null));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.ofFile("import.file.unreadable"));
    }

    @Test
    void aColumnBeyondExcelsLastIsUnreadable() {
        String data = """
                <row r="2"><c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>""";

        assertThat(read(workbook(HEADER + data, null)).problems())
                .containsExactly(ImportProblem.ofFile("import.file.unreadable"));
    }

    @Test
    void columnLettersCountInBase26() {
        assertThat(SheetRows.column("A1")).isZero();
        assertThat(SheetRows.column("Z9")).isEqualTo(25);
        assertThat(SheetRows.column("AA10")).isEqualTo(26);
        assertThat(SheetRows.column("XFD1048576")).isEqualTo(16_383);
    }

    private static String row(int number, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (String text : texts) {
            row.append("<c t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static byte[] workbook(String rows, String sharedStrings) {
        return workbookWithSheet("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                + rows + "</sheetData></worksheet>", sharedStrings);
    }

    /** The smallest package POI opens: content types, relationships, workbook, one sheet, maybe shared strings. */
    private static byte[] workbookWithSheet(String sheet, String sharedStrings) {
        String main = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String types = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="%1$ssheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%1$sworksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="%1$ssharedStrings+xml"/>
                    </Types>""".formatted(types));
            entry(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""".formatted(main));
            entry(zip, "xl/workbook.xml", """
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s">
                    <sheets><sheet name="回答" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(main));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="%1$s/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""".formatted(main));
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
