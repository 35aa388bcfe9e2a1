package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.account.NewAccount;
import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.transfer.UserFileCheck;
import jp.osaka.renkei.account.transfer.UserFileReader;
import jp.osaka.renkei.account.transfer.UserListWriter;
import jp.osaka.renkei.base.PrintLayoutAssert;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.ward.Ward;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The account file's reader and line checks: every kind of broken line says what is wrong, in Japanese keys. */
class UserFileCheckTest {

    private static final String HEADER = "氏名,ログイン名,メール,役割,区,サインイン方法\n";
    private static final Map<String, String> LABELS = Map.of("role.WARD_OFFICE", "区役所担当者",
            "role.SUPPORT_ROOM", "相談支援室", "role.CITY_ADMIN", "局担当者（管理者）", "role.VIEWER", "閲覧者");

    private final Ward kita = ward(1, "271276", "北区", "Kita", "kita");
    private final UserFileCheck check = new UserFileCheck(List.of(kita, ward(2, "271021", "都島区", "Miyakojima",
            "miyakojima")), Set.of("admin")::contains, key -> LABELS.getOrDefault(key, key));

    private static Ward ward(long id, String code, String ja, String en, String slug) {
        Ward ward = mock(Ward.class);
        when(ward.getId()).thenReturn(id);
        when(ward.getCode()).thenReturn(code);
        when(ward.getNameJa()).thenReturn(ja);
        when(ward.getNameEn()).thenReturn(en);
        when(ward.getSlug()).thenReturn(slug);
        return ward;
    }

    private UserFileCheck.Result csv(String text) {
        return check.check(UserFileReader.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> keys(UserFileCheck.Line line) {
        return line.problems().stream().map(UserFileCheck.Problem::key).toList();
    }

    @Test
    void aNameOverOneHundredCharactersIsALineErrorInThePreviewAndOneHundredWith4ByteCharactersIsNot() {
        UserFileCheck.Result result = csv(HEADER + "𠮷".repeat(101) + ",kita-long,,閲覧者,,\n"
                + "𠮷".repeat(100) + ",kita-full,,閲覧者,,\n");

        assertThat(keys(result.lines().get(0))).containsExactly("users.import.name.tooLong");
        assertThat(result.lines().get(0).problems().getFirst().args()).containsExactly(100);
        assertThat(keys(result.lines().get(1))).isEmpty();
        assertThat(result.accounts()).extracting(NewAccount::displayName).containsExactly("𠮷".repeat(100));
    }

    @Test
    void goodLinesBecomeAccountsWithJapaneseLabelsCodesAndSlugs() {
        UserFileCheck.Result result = csv(HEADER + "北区 山田,kita-yamada,yamada@city.example.jp,区役所,北区,\n"
                + "支援室 佐藤,room-sato,,SUPPORT_ROOM,271021,ディレクトリ\n"
                + "閲覧 田中,viewer-tanaka,,閲覧者,,パスワード\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.accounts()).containsExactly(
                new NewAccount("kita-yamada", "北区 山田", Role.WARD_OFFICE, 1L, "yamada@city.example.jp",
                        SignInMethod.LOCAL),
                new NewAccount("room-sato", "支援室 佐藤", Role.SUPPORT_ROOM, 2L, null, SignInMethod.DIRECTORY),
                new NewAccount("viewer-tanaka", "閲覧 田中", Role.VIEWER, null, null, SignInMethod.LOCAL));
    }

    @Test
    void englishHeadersAndFullWidthLettersAreRead() {
        UserFileCheck.Result result = csv("name,login,email,role,ward\n山田,ｋｉｔａ－２,,WARD_OFFICE,ｋｉｔａ\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.accounts().getFirst().username()).isEqualTo("kita-2");
        assertThat(result.accounts().getFirst().wardId()).isEqualTo(1L);
    }

    @Test
    void everyBrokenLineKindIsNamedWithItsLineNumber() {
        UserFileCheck.Result result = csv(HEADER
                + "A,aaa,,区役所,,\n"                     // 2: ward missing for a ward role
                + "B,bbb,,閲覧者,北区,\n"                  // 3: ward given for a non-ward role
                + "C,ccc,,部長,,\n"                       // 4: unknown role
                + "D,ddd,,区役所,南極区,\n"                 // 5: unknown ward
                + "E,eee,not-an-address,閲覧者,,\n"        // 6: invalid e-mail
                + "F,admin,,閲覧者,,\n"                   // 7: login taken
                + "G,ggg,,閲覧者,,\n"                     // 8: fine
                + "H,ggg,,閲覧者,,\n"                     // 9: login twice in the file
                + "I," + "x".repeat(65) + ",,閲覧者,,\n"  // 10: login too long
                + ",jjj,,,,\n"                           // 11: name and role missing
                + "K,kkk,,閲覧者,,郵便\n");                 // 12: unknown sign-in method

        assertThat(result.ok()).isFalse();
        assertThat(result.lines()).extracting(UserFileCheck.Line::number)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(result.lines()).extracting(UserFileCheckTest::keys).containsExactly(
                List.of("users.import.ward.missing"), List.of("users.import.ward.notAllowed"),
                List.of("users.import.role.unknown"), List.of("users.import.ward.unknown"),
                List.of("users.import.email.invalid"), List.of("users.import.login.taken"), List.of(),
                List.of("users.import.login.twice"), List.of("users.import.login.tooLong"),
                List.of("users.import.name.missing", "users.import.role.missing"),
                List.of("users.import.signIn.unknown"));
    }

    @Test
    void aMissingColumnAndAnEmptyFileAreProblemsOfTheFile() {
        assertThat(csv("氏名,ログイン名,メール,役割\nA,aaa,,閲覧者\n").fileProblems())
                .containsExactly(UserFileCheck.Problem.of("users.import.column.missing", "区"));
        assertThat(csv(HEADER).fileProblems()).extracting(UserFileCheck.Problem::key)
                .containsExactly("users.import.file.empty");
        assertThat(csv(HEADER).ok()).isFalse();
        assertThatThrownBy(() -> UserFileReader.read(new byte[0])).hasMessage("users.import.file.empty");
    }

    @Test
    void nulBytesAndNonCsvFilesAreRefused() {
        assertThatThrownBy(() -> UserFileReader.read("氏名\0,x".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("users.import.file.nul");
        assertThatThrownBy(() -> UserFileReader.read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}))
                .hasMessage("users.import.file.unreadable");
    }

    @Test
    void utf8WithBomAndShiftJisAreBothRead() {
        String text = HEADER + "北区 山田,kita-yamada,,区役所,北区,\n";
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] sjis = text.getBytes(Charset.forName("Windows-31J"));

        assertThat(check.check(UserFileReader.read(bom)).accounts()).extracting(NewAccount::displayName)
                .containsExactly("北区 山田");
        assertThat(check.check(UserFileReader.read(sjis)).accounts()).extracting(NewAccount::displayName)
                .containsExactly("北区 山田");
    }

    @Test
    void theExportedListPrintsOnA4LandscapeOnePageWideWithItsTitleAndHeaderRowOnEveryPage() throws Exception {
        UserSummary yamada = new UserSummary(7, 0, "kita-yamada", "北区 山田", Role.WARD_OFFICE, 1L, true, false,
                false, "yamada@city.example.jp", SignInMethod.DIRECTORY, null);
        Map<String, String> texts = Map.of("users.title", "ユーザー管理", "users.export.title", "ユーザー一覧",
                "users.export.count", "{0,number,#}人");
        UserListWriter writer = new UserListWriter(Map.of(1L, kita), key -> texts.getOrDefault(key, key));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.writeXlsx(List.of(yamada), xlsx);

        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            PrintLayoutAssert.assertPrintsOnA4(book.getSheetAt(0), "ユーザー管理", "ユーザー一覧");
            assertThat(book.getSheetAt(0).getHeader().getRight()).endsWith("1人");
        }
    }

    @Test
    void anExportedListReadsBackAsTheSameAccounts() throws Exception {
        UserSummary yamada = new UserSummary(7, 0, "kita-yamada", "北区 山田", Role.WARD_OFFICE, 1L, true, false,
                false, "yamada@city.example.jp", SignInMethod.DIRECTORY, null);
        UserListWriter writer = new UserListWriter(Map.of(1L, kita), key -> LABELS.getOrDefault(key, key));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        writer.writeCsv(List.of(yamada), csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.writeXlsx(List.of(yamada), xlsx);
        NewAccount expected = new NewAccount("kita-yamada", "北区 山田", Role.WARD_OFFICE, 1L,
                "yamada@city.example.jp", SignInMethod.DIRECTORY);

        UserFileCheck fresh = new UserFileCheck(List.of(kita), login -> false, key -> LABELS.getOrDefault(key, key));
        assertThat(fresh.check(UserFileReader.read(csv.toByteArray())).accounts()).containsExactly(expected);
        assertThat(fresh.check(UserFileReader.read(xlsx.toByteArray())).accounts()).containsExactly(expected);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("区役所担当者");
        }
    }
}
