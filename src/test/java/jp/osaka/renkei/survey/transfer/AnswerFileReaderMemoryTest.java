package jp.osaka.renkei.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A file just under the size limit is read with memory in proportion to what is read, not to what the
 * file could unpack to: the xlsx is streamed and reading stops at the row limit. Measured as the bytes
 * this thread allocates while reading (not time); the figures are printed.
 */
class AnswerFileReaderMemoryTest {

    private static final ImportLimits LIMITS = ImportLimits.defaults();
    /** Allocation allowed per byte of the file; POI's workbook model needed about 900 (3.5 GB for 4 MB). */
    private static final int BYTES_PER_FILE_BYTE = 100;

    @Test
    void aWorkbookJustUnderTheLimitWithFarTooManyRowsIsRefusedWithBoundedAllocation() throws IOException {
        byte[] workbook = workbook(200_000);
        assertThat((long) workbook.length).as("just under the limit").isBetween(LIMITS.maxBytes() * 3 / 5, LIMITS.maxBytes());

        Measured<ParsedFile> read = measure(() -> AnswerFiles.read(workbook, LIMITS));

        assertThat(read.result().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("import.file.tooManyRows"));
        System.out.printf("xlsx of %,d bytes (200,000 rows): %,d bytes allocated while reading%n",
                workbook.length, read.allocated());
        assertThat(read.allocated()).isLessThan(workbook.length * (long) BYTES_PER_FILE_BYTE);
    }

    @Test
    void aCsvJustUnderTheLimitIsReadWithBoundedAllocation() {
        StringBuilder csv = new StringBuilder(AnswerFiles.HEADER_LINE).append("\r\n");
        for (int line = 0; csv.length() < LIMITS.maxBytes() / 4; line++) {
            csv.append("2021,北区,区役所,").append(line % 12 + 1).append(",連携できている,コメント").append(line)
                    .append("\r\n");
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Measured<ParsedFile> read = measure(() -> AnswerFiles.read(file, LIMITS));

        System.out.printf("CSV of %,d bytes: %,d bytes allocated while reading%n", file.length, read.allocated());
        assertThat(read.allocated()).isLessThan(file.length * (long) BYTES_PER_FILE_BYTE);
    }

    private static byte[] workbook(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("回答");
            Row header = sheet.createRow(0);
            String[] names = AnswerFiles.HEADER_LINE.split(",");
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(2021);
                row.createCell(1).setCellValue("北区");
                row.createCell(2).setCellValue("区役所");
                row.createCell(3).setCellValue(r % 12 + 1);
                row.createCell(4).setCellValue("連携できている");
                row.createCell(5).setCellValue("コメント" + r);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private record Measured<T>(T result, long allocated) {
    }

    private static <T> Measured<T> measure(Supplier<T> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        T result = work.get();
        return new Measured<>(result, threads.getCurrentThreadAllocatedBytes() - before);
    }
}
