package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.survey.transfer.ImportProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Import and export through the service, on the demo data: all or nothing, and export → import round-trips. */
@DemoDataTest
class AnswerTransferTest {

    @Autowired
    AnswerTransferService transfer;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void exportingARoundAndImportingItAgainChangesNothing() throws IOException {
        List<AnswerRow> exported = as(() -> transfer.export(2025));
        long submitted = exported.size() / 12;
        assertThat(submitted).as("the demo's submitted responses of 令和7年度").isGreaterThanOrEqualTo(20);

        byte[] file = xlsx(exported);
        ImportPreview preview = as(() -> transfer.preview(file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.warnings()).as("the names beside the codes are columns the import knows").isEmpty();
        assertThat(preview.count(ImportPreview.Outcome.UNCHANGED)).isEqualTo(submitted);
        assertThat(preview.count(ImportPreview.Outcome.CREATE) + preview.count(ImportPreview.Outcome.REPLACE)).isZero();
        byte[] csv = csv(exported);
        ImportPreview fromCsv = as(() -> transfer.preview(csv));
        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromCsv.count(ImportPreview.Outcome.UNCHANGED)).isEqualTo(submitted);
    }

    @Test
    void theExportCarriesTheWardsAndItemsNamesBesideTheirCodes() {
        List<AnswerRow> exported = as(() -> transfer.export(2025));

        assertThat(exported).allSatisfy(row -> {
            assertThat(row.ward()).as("the code the import reads").matches("\\d{6}");
            assertThat(row.wardName()).endsWith("区");
            assertThat(row.item()).matches("\\d{1,2}");
            assertThat(row.itemName()).isNotBlank().doesNotMatch("\\d+");
        });
        assertThat(exported).filteredOn(row -> row.item().equals("1")).extracting(AnswerRow::itemName)
                .isNotEmpty().containsOnly("医師会");
    }

    @Test
    void fullWidthDigitsAreReadAndAMissingItemIsNamedInWordsOnTheResponsesFirstLine() throws IOException {
        as(() -> rounds.createPast(2007, null)); // a year no other test of this shared database uses
        List<AnswerRow> rows = new java.util.ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            if (item != 5 && item != 9) {
                rows.add(new AnswerRow(rows.size() + 2, "２００７", "北区", "区役所", fullWidth(item), "１", ""));
            }
        }
        byte[] file = csv(rows);

        ImportPreview preview = as(() -> transfer.preview(file));

        assertThat(preview.problems()).extracting(ImportProblem::messageKey).containsExactly("import.response.incomplete");
        ImportProblem problem = preview.problems().getFirst();
        assertThat(problem.line()).as("the response's first line").isEqualTo(2);
        String japanese = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), java.util.Locale.JAPANESE);
        assertThat(japanese).contains("北区（区役所）", "項目 5、9").doesNotContain("WARD_OFFICE", "[", "]");
        String english = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), java.util.Locale.ENGLISH);
        assertThat(english).contains("Kita", "(Ward office)", "items 5, 9").doesNotContain("WARD_OFFICE", "[");
    }

    @Test
    void anUnknownColumnIsAWarningThatNamesItAndDoesNotStopTheImport() throws IOException {
        List<AnswerRow> exported = as(() -> transfer.export(2025));
        String text = new String(csv(exported), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\r\n", ",メモ\r\n");

        ImportPreview preview = as(() -> transfer.preview(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(preview.ok()).isTrue();
        assertThat(preview.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.column()).isEqualTo(9);
            assertThat(messages.getMessage(warning.messageKey(), warning.arguments().toArray(), java.util.Locale.JAPANESE))
                    .contains("「メモ」");
        });
    }

    @Test
    void aPublishedRoundTakesNoImports() throws IOException {
        byte[] file = xlsx(as(() -> transfer.export(2017)));

        assertThat(as(() -> transfer.preview(file)).problems()).extracting(ImportProblem::messageKey)
                .containsOnly("import.round.published");
    }

    @Test
    void aPastSurveyIsBroughtInAndReimportingItChangesNothing() throws IOException {
        as(() -> rounds.createPast(2013, null));
        List<AnswerRow> rows = new java.util.ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            rows.add(new AnswerRow(item + 1, "平成25年度", "北区", "区役所", Integer.toString(item),
                    item == 11 ? "区内に団体がない" : "2", item == 7 ? "=HYPERLINK(\"http://x\",\"y\")" : ""));
        }
        byte[] file = csv(rows);

        ImportPreview first = as(() -> transfer.commit(file));
        assertThat(first.count(ImportPreview.Outcome.CREATE)).isEqualTo(1);
        AnswerSheet kita = as(() -> responses.sheet(new ResponseKey(2013, 1, RespondentType.WARD_OFFICE)));
        assertThat(kita.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(kita.lines()).extracting(AnswerSheet.Line::level).containsOnly(Level.WELL, Level.NO_ORGANISATION);
        assertThat(kita.lines().get(6).comment()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");

        ImportPreview again = as(() -> transfer.preview(file));
        assertThat(again.count(ImportPreview.Outcome.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void itemsAreReadByNumberOrByTheirPartnersName() throws IOException {
        as(() -> rounds.createPast(2008, null)); // a year no other test of this shared database uses
        String[] partners = {"医師会", "歯科医師会", "薬剤師会", "区内病院の地域連携担当部署", "訪問看護ステーション",
                "地域包括支援センター", "総合相談窓口（ブランチ）", "社会福祉協議会", "ケアマネ（居宅介護支援事業所）連絡会",
                "訪問介護（ヘルパー）事業所連絡会", "理学療法士会", "12"};
        List<AnswerRow> rows = new java.util.ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            rows.add(new AnswerRow(item + 1, "2008", "北区", "区役所", partners[item - 1], item == 11 ? "5" : "1", ""));
        }

        byte[] file = csv(rows);
        ImportPreview preview = as(() -> transfer.commit(file));

        assertThat(preview.problems()).isEmpty();
        assertThat(as(() -> responses.sheet(new ResponseKey(2008, 1, RespondentType.WARD_OFFICE))).lines())
                .extracting(AnswerSheet.Line::level).hasSize(12).containsOnly(Level.VERY_WELL, Level.NO_ORGANISATION)
                .element(10).isEqualTo(Level.NO_ORGANISATION);
    }

    @Test
    void aFileWithAnyProblemBringsInNothingAndSaysWhereEachProblemIs() throws IOException {
        as(() -> rounds.createPast(2012, null));
        List<AnswerRow> rows = new java.util.ArrayList<>();
        for (int item = 1; item <= 12; item++) {
            rows.add(new AnswerRow(item + 1, "2012", "北区", "区役所", Integer.toString(item), "1", ""));
        }
        rows.add(new AnswerRow(14, "2012", "南区", "区役所", "1", "1", ""));
        rows.add(new AnswerRow(15, "2012", "都島区", "区役所", "1", "まあまあ", ""));
        byte[] file = csv(rows);

        ImportPreview preview = as(() -> transfer.preview(file));
        assertThat(preview.problems()).extracting(ImportProblem::line, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(14, "import.ward.unknown"),
                org.assertj.core.groups.Tuple.tuple(15, "import.level.unknown"));
        assertThatThrownBy(() -> as(() -> transfer.commit(file))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("import.hasProblems");
        assertThat(as(() -> responses.sheet(new ResponseKey(2012, 1, RespondentType.WARD_OFFICE))).status())
                .as("the good rows of a bad file are not brought in").isNull();
    }

    private static String fullWidth(int number) {
        return Integer.toString(number).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .collect(java.util.stream.Collectors.joining());
    }

    private static byte[] csv(List<AnswerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.writeCsv(rows, out);
        return out.toByteArray();
    }

    private static byte[] xlsx(List<AnswerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.writeXlsx(rows, out);
        return out.toByteArray();
    }

    private static <T> T as(java.util.function.Supplier<T> work) {
        return SystemActor.call(work);
    }
}
