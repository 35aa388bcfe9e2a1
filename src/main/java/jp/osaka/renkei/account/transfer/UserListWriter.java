package jp.osaka.renkei.account.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.PrintLayout;
import jp.osaka.renkei.ward.Ward;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The user list as a file for people (words) that the import reads back: the import's columns first (氏名,
 * ログイン名, メール, 役割 as a code, 区 as a code, サインイン方法), then words and state beside them.
 */
public final class UserListWriter {

    /** The CSV of one-time passwords after an import. */
    public static final List<String> PASSWORD_HEADER = List.of("ログイン名", "仮パスワード");
    public static final List<String> HEADER = List.of("ログイン名", "氏名", "役割名", "役割", "区名", "区", "メール",
            "サインイン方法", "状態", "最終サインイン");
    /** Characters per column of {@link #HEADER}: together they fit across A4 landscape. */
    private static final int[] WIDTHS = {16, 16, 16, 12, 10, 8, 28, 12, 10, 17};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final Map<Long, Ward> wards;
    private final Function<String, String> text;

    /** @param text the Japanese text of a message key */
    public UserListWriter(Map<Long, Ward> wards, Function<String, String> text) {
        this.wards = wards;
        this.text = text;
    }

    public List<String> row(UserSummary u) {
        Ward ward = u.wardId() == null ? null : wards.get(u.wardId());
        List<String> row = new ArrayList<>(List.of(u.username(), u.displayName(), text.apply(u.role().messageKey()),
                u.role().name(), ward == null ? "" : ward.getNameJa(), ward == null ? "" : ward.getCode(),
                u.email() == null ? "" : u.email(), u.signIn() == SignInMethod.DIRECTORY ? "ディレクトリ" : "パスワード",
                text.apply(!u.enabled() ? "users.state.disabled" : u.waiting() ? "users.state.waiting"
                        : "users.state.active"),
                u.lastSignInAt() == null ? "" : WHEN.format(u.lastSignInAt())));
        return row;
    }

    /** CSV in UTF-8 with a BOM, so that Excel opens it in Japanese. */
    public void writeCsv(List<UserSummary> users, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            printer.printRecord(HEADER);
            for (UserSummary u : users) {
                printer.printRecord(row(u));
            }
        }
    }

    public void writeXlsx(List<UserSummary> users, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("ユーザー");
            write(sheet.createRow(0), HEADER);
            for (int c = 0; c < WIDTHS.length; c++) {
                PrintLayout.width(sheet, c, WIDTHS[c]);
            }
            sheet.createFreezePane(0, 1);
            PrintLayout.apply(sheet, text.apply("users.title"), text.apply("users.export.title"),
                    MessageFormat.format(text.apply("users.export.count"), users.size()), 0, 0);
            for (int i = 0; i < users.size(); i++) {
                write(sheet.createRow(i + 1), row(users.get(i)));
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
