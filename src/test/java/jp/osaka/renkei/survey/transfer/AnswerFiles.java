package jp.osaka.renkei.survey.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files built in memory, and reading them. */
final class AnswerFiles {

    static final String HEADER_LINE = "年度,区,回答主体,項目,連携度,コメント";

    private AnswerFiles() {
    }

    static ParsedFile read(byte[] bytes) {
        return read(bytes, ImportLimits.defaults());
    }

    static ParsedFile read(byte[] bytes, ImportLimits limits) {
        try {
            return new AnswerFileReader().read(new ByteArrayInputStream(bytes), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined with CRLF, in UTF-8 without a byte order mark. */
    static byte[] csv(String... lines) {
        return csv(StandardCharsets.UTF_8, lines);
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    static byte[] withBom(byte[] bytes) {
        byte[] result = new byte[bytes.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, result, 3, bytes.length);
        return result;
    }

    /** A workbook whose first sheet has these rows; a cell that is an Integer becomes a number cell. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("回答");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnswerRow row(int line, String fiscalYear, String ward, String item, String level, String comment) {
        return new AnswerRow(line, fiscalYear, ward, "区役所", item, level, comment);
    }
}
