package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.ward.Ward;

import org.junit.jupiter.api.Test;

class ImportedAnswersTest {

    private static final ImportedAnswers.Lookup LABELS = new ImportedAnswers.Lookup() {
        @Override
        public Optional<Round> round(int fiscalYear) {
            return Optional.empty();
        }

        @Override
        public Optional<Ward> ward(String nameOrCode) {
            return Optional.empty();
        }

        @Override
        public Optional<Instrument> instrument(Round round, RespondentType type) {
            return Optional.empty();
        }

        @Override
        public List<String> labels(Level level) {
            return level == Level.VERY_WELL ? List.of("とても連携できている", "Very well") : List.of(level.name());
        }
    };

    @Test
    void aFiscalYearIsReadInWesternYearsOrInTheJapaneseEra() {
        assertThat(ImportedAnswers.fiscalYear("2021")).isEqualTo(2021);
        assertThat(ImportedAnswers.fiscalYear("令和3年度")).isEqualTo(2021);
        assertThat(ImportedAnswers.fiscalYear("令和3年度 (2021)")).isEqualTo(2021);
        assertThat(ImportedAnswers.fiscalYear("平成29年度")).isEqualTo(2017);
        assertThat(ImportedAnswers.fiscalYear("令和元年度")).isEqualTo(2019);
        assertThat(ImportedAnswers.fiscalYear("昨年")).isNull();
    }

    @Test
    void aRespondentIsReadInJapaneseOrAsACode() {
        assertThat(ImportedAnswers.respondent("区役所")).isEqualTo(RespondentType.WARD_OFFICE);
        assertThat(ImportedAnswers.respondent(" 相談支援室 ")).isEqualTo(RespondentType.SUPPORT_ROOM);
        assertThat(ImportedAnswers.respondent("support-room")).isEqualTo(RespondentType.SUPPORT_ROOM);
        assertThat(ImportedAnswers.respondent("WARD_OFFICE")).isEqualTo(RespondentType.WARD_OFFICE);
        assertThat(ImportedAnswers.respondent("保健所")).isNull();
    }

    @Test
    void aLevelIsReadAsItsTextItsCodeOrItsNumber() {
        assertThat(ImportedAnswers.level("とても連携できている", LABELS)).isEqualTo(Level.VERY_WELL);
        assertThat(ImportedAnswers.level("Very well", LABELS)).isEqualTo(Level.VERY_WELL);
        assertThat(ImportedAnswers.level("no_organisation", LABELS)).isEqualTo(Level.NO_ORGANISATION);
        assertThat(ImportedAnswers.level("3", LABELS)).isEqualTo(Level.NOT_WELL);
        assertThat(ImportedAnswers.level("6", LABELS)).isNull();
        assertThat(ImportedAnswers.level("まあまあ", LABELS)).isNull();
    }

    @Test
    void fullWidthDigitsAndLettersAreReadAsTheirHalfWidthSelvesButTheCommentIsLeftAsWritten() {
        AnswerRow row = ImportedAnswers.normalised(new AnswerRow(7, "令和３年度", "２７１２７６", "ＷＡＲＤ＿ＯＦＦＩＣＥ",
                "１２", "５", "１２番の件（全角）", "北区", "医師会"));

        assertThat(row).isEqualTo(new AnswerRow(7, "令和3年度", "271276", "WARD_OFFICE", "12", "5",
                "１２番の件（全角）", "北区", "医師会"));
        assertThat(ImportedAnswers.fiscalYear(row.fiscalYear())).isEqualTo(2021);
        assertThat(ImportedAnswers.respondent(row.respondent())).isEqualTo(RespondentType.WARD_OFFICE);
        assertThat(ImportedAnswers.level(row.level(), LABELS)).isEqualTo(Level.NO_ORGANISATION);
    }
}
