package jp.osaka.renkei.survey;

import java.text.Normalizer;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.survey.transfer.AnswerFileReader;
import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.survey.transfer.ImportProblem;
import jp.osaka.renkei.survey.transfer.ParsedFile;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Resolves the text of an answer file against the master data: 年度 as 2021 or 令和3年度, 区 by
 * name or official code, 回答主体 in Japanese or as a code, 項目 by number or partner name, 連携度 as
 * its Japanese text, its code or 1–5. Collects every problem instead of stopping at the first. Every cell
 * but the comment is read in NFKC, so 全角 digits and letters (２０２４, ５) are read as their 半角 selves.
 */
final class ImportedAnswers {

    /** One resolved response: all its answers, keyed by item. */
    record Key(Round round, Ward ward, RespondentType type) {
    }

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})");
    private static final Pattern ERA = Pattern.compile("(令和|平成)(元|\\d{1,2})");

    private final Map<Key, Map<InstrumentItem, AnswerInput>> responses = new LinkedHashMap<>();
    /** The first line of each response, where a problem of the whole response is reported. */
    private final Map<Key, Integer> firstLines = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final ParsedFile file;

    private ImportedAnswers(ParsedFile file) {
        this.file = file;
    }

    interface Lookup {
        Optional<Round> round(int fiscalYear);

        Optional<Ward> ward(String nameOrCode);

        Optional<Instrument> instrument(Round round, RespondentType type);

        /** The level's labels, Japanese and English, from the message bundles. */
        List<String> labels(Level level);
    }

    /** The answers of a file read without problems (of any other file: none). */
    static ImportedAnswers resolve(ParsedFile file, Lookup lookup) {
        ImportedAnswers result = new ImportedAnswers(file);
        (file.ok() ? file.rows() : List.<AnswerRow>of()).forEach(row -> result.add(normalised(row), lookup));
        result.checkComplete(lookup);
        return result;
    }

    private void add(AnswerRow row, Lookup lookup) {
        Integer year = fiscalYear(row.fiscalYear());
        Round round = year == null ? null : lookup.round(year).orElse(null);
        if (round == null) {
            problem(row, 0, year == null ? "import.year.invalid" : "import.round.unknown", row.fiscalYear());
        }
        Ward ward = lookup.ward(row.ward().strip()).orElse(null);
        if (ward == null) {
            problem(row, 1, "import.ward.unknown", row.ward());
        }
        RespondentType type = respondent(row.respondent());
        if (type == null) {
            problem(row, 2, "import.respondent.unknown", row.respondent());
        }
        Level level = level(row.level(), lookup);
        if (level == null) {
            problem(row, 4, "import.level.unknown", row.level());
        }
        if (round == null || ward == null || type == null || level == null) {
            return;
        }
        if (round.getStatus() == RoundStatus.PUBLISHED) {
            problem(row, 0, "import.round.published", row.fiscalYear());
            return;
        }
        Instrument instrument = lookup.instrument(round, type).orElse(null);
        InstrumentItem item = instrument == null ? null : item(instrument, row.item());
        if (item == null) {
            problem(row, 3, "import.item.unknown", row.item());
            return;
        }
        String comment = row.comment().isBlank() ? null : row.comment();
        if (!TextLimit.fits(comment == null ? null : comment.strip(), Rating.MAX_COMMENT_LENGTH)) {
            problem(row, 5, "import.comment.tooLong", String.valueOf(Rating.MAX_COMMENT_LENGTH));
            return;
        }
        Key key = new Key(round, ward, type);
        firstLines.putIfAbsent(key, row.line());
        responses.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(item, new AnswerInput(item.getId(), level, comment));
    }

    /** A response is brought in as submitted, so it must answer every item of its instrument. */
    private void checkComplete(Lookup lookup) {
        responses.forEach((key, answers) -> lookup.instrument(key.round(), key.type()).ifPresent(instrument -> {
            List<Integer> missing = instrument.activeItems().stream().filter(item -> !answers.containsKey(item))
                    .map(InstrumentItem::getItemNo).toList();
            if (!missing.isEmpty()) {
                // the respondent and the items in the reader's language: a code or [5] is no message for people
                problems.add(new ImportProblem(firstLines.get(key), 0, "import.response.incomplete", List.of(
                        key.round().getFiscalYear(), key.ward().getNameJa(),
                        new DefaultMessageSourceResolvable(key.type().messageKey()), items(missing),
                        key.ward().getName().en())));
            }
        }));
    }

    /** Item numbers as 項目 3、5 (Japanese, argument 0) or items 3, 5 (English, arguments 1 and 2). */
    private static DefaultMessageSourceResolvable items(List<Integer> numbers) {
        List<String> texts = numbers.stream().map(String::valueOf).toList();
        return new DefaultMessageSourceResolvable(new String[] {"import.items"},
                new Object[] {String.join("、", texts), String.join(", ", texts), numbers.size()});
    }

    /** Every cell but the comment in NFKC: ２０２４ → 2024, ５ → 5, ＷＡＲＤ＿ＯＦＦＩＣＥ → WARD_OFFICE. */
    static AnswerRow normalised(AnswerRow row) {
        return new AnswerRow(row.line(), nfkc(row.fiscalYear()), nfkc(row.ward()), nfkc(row.respondent()),
                nfkc(row.item()), nfkc(row.level()), row.comment(), row.wardName(), row.itemName());
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    Map<Key, Map<InstrumentItem, AnswerInput>> responses() {
        return responses;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    static @Nullable Integer fiscalYear(String text) {
        Matcher era = ERA.matcher(text);
        if (era.find()) {
            JapaneseEra name = era.group(1).equals("令和") ? JapaneseEra.REIWA : JapaneseEra.HEISEI;
            int year = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            return JapaneseDate.of(name, year, name == JapaneseEra.REIWA && year == 1 ? 5 : 4, 1)
                    .get(java.time.temporal.ChronoField.YEAR);
        }
        Matcher western = WESTERN.matcher(text);
        return western.find() ? Integer.valueOf(western.group(1)) : null;
    }

    static @Nullable RespondentType respondent(String text) {
        String value = text.strip();
        return switch (value) {
            case "区役所", "区役所担当者" -> RespondentType.WARD_OFFICE;
            case "相談支援室" -> RespondentType.SUPPORT_ROOM;
            default -> {
                String code = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                yield code.equals("WARD_OFFICE") ? RespondentType.WARD_OFFICE
                        : code.equals("SUPPORT_ROOM") ? RespondentType.SUPPORT_ROOM : null;
            }
        };
    }

    /** 連携度 as its label in either language, its code, or its number 1–5 in the seed's order. */
    static @Nullable Level level(String text, Lookup lookup) {
        String value = text.strip();
        for (Level level : Level.values()) {
            if (lookup.labels(level).stream().map(ImportedAnswers::nfkc).anyMatch(value::equals)
                    || value.equalsIgnoreCase(level.name())
                    || value.equals(Integer.toString(level.ordinal() + 1))) {
                return level;
            }
        }
        return null;
    }

    private static @Nullable InstrumentItem item(Instrument instrument, String text) {
        String value = text.strip().replaceFirst("^(\\d+)[.．].*$", "$1");
        return instrument.activeItems().stream()
                .filter(item -> Integer.toString(item.getItemNo()).equals(value)
                        || nfkc(item.getLabel().ja()).equals(value) || nfkc(item.getLabel().en()).equalsIgnoreCase(value)
                        || nfkc(item.getPartner().getName().ja()).equals(value)
                        || nfkc(item.getPartner().getName().en()).equalsIgnoreCase(value))
                .findFirst().orElse(null);
    }

    /** Columns may come in any order: a problem of resolution names its column by its heading and its place. */
    private void problem(AnswerRow row, int headerIndex, String key, String value) {
        problems.add(new ImportProblem(row.line(), file.column(headerIndex), key,
                List.of(AnswerFileReader.HEADER.get(headerIndex), value)));
    }
}
