package jp.osaka.renkei.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.transfer.UserListWriter;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Writes the workbooks the bureau prints, from the demo data, into {@code printed.dir} (default target/printed):
 * the results workbook of every round with answers, the answers export and the user list. Not part of the
 * suite (its name is no test's); src/test/load/workbook-pages.sh runs it and counts the pages each file prints on.
 */
@DemoDataTest
class PrintedFilesSample {

    @Autowired
    ResultsService results;

    @Autowired
    ResultsExportService exports;

    @Autowired
    AnswerTransferService answers;

    @Autowired
    UserAdministrationService users;

    @Autowired
    WardService wards;

    @Autowired
    MessageSource messages;

    @Test
    @WithUserDetails("admin")
    void writeTheWorkbooks() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("printed.dir", "target/printed")));
        RoundSummary latest = results.rounds().getFirst();
        for (RoundSummary round : results.rounds()) {
            Files.write(dir.resolve("results-" + round.fiscalYear() + ".xlsx"),
                    exports.workbook(round.fiscalYear(), round.comparisonFiscalYear(), Locale.JAPANESE));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("answers-" + latest.fiscalYear() + ".xlsx"))) {
            AnswerFileWriter.writeXlsx(answers.export(latest.fiscalYear()), out);
        }
        Map<Long, Ward> byId = wards.findAll().stream().collect(Collectors.toMap(Ward::getId, Function.identity()));
        UserListWriter writer = new UserListWriter(byId, key -> messages.getMessage(key, null, Locale.JAPANESE));
        try (OutputStream out = Files.newOutputStream(dir.resolve("users.xlsx"))) {
            writer.writeXlsx(users.exportList("xlsx"), out);
        }
        System.out.println("printed files: " + dir.toAbsolutePath());
    }
}
