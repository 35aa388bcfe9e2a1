package jp.osaka.renkei.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.i18n.TestMessages;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A 資料 deck of the city's size made by hand (24 wards, the seed's twelve partners, its findings and まとめ), for
 * ReportSlidesTest and for src/test/load/report-slides.sh, which converts it with LibreOffice to look at.
 * Run: {@code java -cp <test classpath> jp.osaka.renkei.results.ReportSlidesSample out.pptx [long]}; with
 * {@code long}, every finding three times over, too many to sit beside the chart.
 */
final class ReportSlidesSample {

    static final Locale LOCALE = AppLocales.JAPANESE;
    private static final ResourceBundleMessageSource MESSAGES = TestMessages.source();
    static final RoundSummary ROUND = new RoundSummary(2, 2026, RoundStatus.PUBLISHED, null, 2025);
    static final RoundSummary BEFORE = new RoundSummary(1, 2025, RoundStatus.PUBLISHED, null, null);
    static final List<String> PARTNERS = List.of("医師会", "歯科医師会", "薬剤師会", "区内病院の地域連携担当部署",
            "訪問看護ステーション", "地域包括支援センター", "総合相談窓口（ブランチ）", "社会福祉協議会",
            "ケアマネ（居宅介護支援事業所）連絡会", "訪問介護（ヘルパー）事業所連絡会", "理学療法士会", "区役所担当者");

    private ReportSlidesSample() {
    }

    public static void main(String[] args) throws IOException {
        ReportDeckAssembly assembly = assembly();
        List<ReportDeck.Instrument> instruments = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            instruments.add(assembly.instrument(instrument(type), findings(type, args.length > 1 ? 3 : 1), "令和8年度：回答 24 / 24区、令和7年度：回答 23 / 24区", 3));
        }
        ReportDeck deck = new ReportDeck(LOCALE, "資料３", message("report.heading"), message("report.subtitle"),
                assembly.rounds(2026, 2025),
                assembly.reference(reference()), instruments, assembly.texts(new Conclusions(2026, """
                        ・令和7年度と比較し、区役所・相談支援室ともに、全体的に各機関との連携が進んでいる。
                        ・各区に『理学療法士会』が存在していることが認知されておらず、今後連携を進めていくためには、周知をしていく必要がある。
                        ・地域支援事業を一体的に進めていくためには、『地域包括支援センター』、『総合相談窓口(ブランチ)』『社会福祉協議会』との連携が不可欠であり、連携を強化していく必要がある。
                        ・区役所担当者と在宅医療・介護連携支援コーディネーターとの連携において、「とても連携できている」の回答に相違がある。
                        """, null, """
                        ＃地域における医療・介護の様々な関係機関との連携の強化
                        ＃顔の見える関係から、切れ目のない医療・介護の提供体制の構築の深化
                        """, null)));
        Path out = Path.of(args.length > 0 ? args[0] : "target/report-slides/sample.pptx");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            ReportSlides.write(deck, stream);
        }
        System.out.println(out);
    }

    /** The slides' texts from the Japanese message bundle, as the app's message source gives them. */
    static ReportDeckAssembly assembly() {
        return new ReportDeckAssembly(ReportSlidesSample::message, LOCALE);
    }

    static String message(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, LOCALE);
    }

    /** The twelve items of an instrument, 24 wards this round (none 未回答) and 23 of 24 in the comparison round. */
    static InstrumentResults instrument(RespondentType type) {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < PARTNERS.size(); i++) {
            items.add(new ItemResult(i + 1, "P" + i, new LocalizedText(PARTNERS.get(i), "Partner " + i), i + 1, i + 1,
                    null, counts(i, type.ordinal(), 0), counts(i, type.ordinal(), 1)));
        }
        return new InstrumentResults(ROUND, BEFORE, type, 24, 24, 23, items);
    }

    /** 24 wards spread over the levels differently for every item, instrument and round. */
    static LevelCounts counts(int item, int type, int round) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        int left = 24 - round;
        for (Level level : Level.values()) {
            int n = Math.min(left, (item + type * 3 + round * 5 + level.ordinal() * 7) % 9);
            byLevel.put(level, n);
            left -= n;
        }
        byLevel.merge(Level.VERY_WELL, left, Integer::sum);
        return new LevelCounts(byLevel, round);
    }

    static ReferenceSurvey reference() {
        Map<FacilityType, LevelCounts> byType = new EnumMap<>(FacilityType.class);
        for (FacilityType type : FacilityType.values()) {
            Map<Level, Integer> counts = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                counts.put(level, (type.ordinal() + 1) * 10 + (4 - level.ordinal()) * 9 % 40);
            }
            byType.put(type, new LevelCounts(counts, 0));
        }
        return new ReferenceSurvey(ROUND, byType);
    }

    /** The seed's findings of the instrument. */
    private static Findings findings(RespondentType type, int times) {
        List<String> lines = type == RespondentType.WARD_OFFICE ? List.of(
                "全体として、関係機関との連携において、「とても連携できている」と回答した区の数が増加している。",
                "『７.総合相談窓口（ブランチ）』、『10.訪問介護（ヘルパー）事業所連絡会』との連携において、「とても連携できている」と回答した区の数は増加しているものの、約半数程度である。",
                "『11.理学療法士会』については、認知されていない区が多く、また、連携もあまり進んでいない。",
                "『12.在宅医療・介護連携支援コーディネーター』との連携において、ほぼすべての区で「とても連携できている」と回答しており、令和7年度と比較し増加している。")
                : List.of(
                "全体として、関係機関との連携において、「とても連携できている」と回答した区の数が増加している。特に、『５.訪問看護ステーション』、『６.地域包括支援センター』との連携では、ほとんどの区が「とても連携できている」と回答している。",
                "令和7年度調査において、ほとんど連携の進んでいなかった『10.訪問介護（ヘルパー）事業所連絡会』において、「とても連携できている」と回答した区の数が増加したものの、依然として少ない。",
                "一方、あまり連携の進んでいなかった『２.歯科医師会』、『３.薬剤師会』、『７.総合相談窓口(ブランチ)』、『8.社会福祉協議会』との連携は、「とても連携できている」と回答した区の数が約半数に増加している。",
                "『11.理学療法士会』については、認知されていない区が多く、また、連携もあまり進んでいない。",
                "『12.区役所担当者』との連携においては、約半数の区で「とても連携できている」と回答しており、ほぼ横ばいである。");
        List<FindingSummary> summaries = new ArrayList<>();
        for (String line : java.util.Collections.nCopies(times, lines).stream().flatMap(List::stream).toList()) {
            summaries.add(new FindingSummary(summaries.size(), line, null, null, false));
        }
        return new Findings(2026, type, true, 1, summaries);
    }
}
