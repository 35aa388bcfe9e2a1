package jp.osaka.renkei.survey.reporting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A round's submitted answers as 集計結果 reads them: counts are grouped in the database (from covering indexes, see
 * 023-…yaml and docs/performance.md), never by loading ratings into Java. Only submitted responses count. No access
 * checks: the callers' services check who may read what.
 */
@Repository
public class RoundAnswers {

    /** Wards per item and level; {@code %s}: a predicate that narrows the responses (none, or another round's). */
    private static final String COUNTS = """
            SELECT ii.partner_id, c.level, c.wards
              FROM (SELECT r.item_id, r.level, COUNT(*) AS wards
                      FROM survey_response sr
                      JOIN rating r ON r.response_id = sr.id
                     WHERE sr.round_id = :round AND sr.respondent_type = :type AND sr.status = 'SUBMITTED'
                       AND r.level IS NOT NULL%s
                     GROUP BY r.item_id, r.level) c
              JOIN instrument_item ii ON ii.id = c.item_id""";

    private final JdbcClient jdbc;

    RoundAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the round's instrument of the type, in their order, retired ones included. */
    public List<AskedItem> items(long roundId, RespondentType type) {
        return jdbc.sql("""
                SELECT ii.partner_id, p.code, COALESCE(ii.label_ja, p.name_ja) AS label_ja,
                       COALESCE(ii.label_en, p.name_en) AS label_en, ii.item_no, ii.retired, p.represents
                  FROM instrument i
                  JOIN instrument_item ii ON ii.instrument_id = i.id
                  JOIN partner p ON p.id = ii.partner_id
                 WHERE i.round_id = :round AND i.respondent_type = :type
                 ORDER BY ii.position""")
                .param("round", roundId).param("type", type.name())
                .query((rs, row) -> new AskedItem(rs.getLong("partner_id"), rs.getString("code"),
                        new LocalizedText(rs.getString("label_ja"), rs.getString("label_en")), rs.getInt("item_no"),
                        rs.getBoolean("retired"), type(rs.getString("represents"))))
                .list();
    }

    /**
     * Wards per level for every item of the instrument, by partner id; an item nobody answered is absent. Grouped by
     * item over the round's submitted responses of the type (index on round, type, status), whose ratings come from
     * the index on (response, item, level) alone; the dozen items are matched to partners after grouping.
     */
    public Map<Long, Map<Level, Integer>> counts(long roundId, RespondentType type) {
        return counts(jdbc.sql(COUNTS.formatted("")).param("round", roundId).param("type", type.name()));
    }

    /**
     * As {@link #counts}, over the wards whose response of the type is submitted in both rounds: the base of a
     * change, so that a ward that answered one round only is not read as fewer wards at a level.
     */
    public Map<Long, Map<Level, Integer>> pairedCounts(long roundId, long otherRoundId, RespondentType type) {
        return counts(jdbc.sql(COUNTS.formatted(" AND " + IN_OTHER_ROUND))
                .param("round", roundId).param("other", otherRoundId).param("type", type.name()));
    }

    /** The wards whose response of the type is submitted in both rounds. */
    public int pairedWards(long roundId, long otherRoundId, RespondentType type) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM survey_response sr
                 WHERE sr.round_id = :round AND sr.respondent_type = :type AND sr.status = 'SUBMITTED'
                   AND """ + " " + IN_OTHER_ROUND)
                .param("round", roundId).param("other", otherRoundId).param("type", type.name())
                .query(Integer.class).single();
    }

    /** The ward of {@code sr} has submitted the same type in the other round too. */
    private static final String IN_OTHER_ROUND = """
            EXISTS (SELECT 1 FROM survey_response o
                     WHERE o.round_id = :other AND o.respondent_type = sr.respondent_type
                       AND o.ward_id = sr.ward_id AND o.status = 'SUBMITTED')""";

    /** The round's submitted responses of the type. */
    public int submitted(long roundId, RespondentType type) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM survey_response
                 WHERE round_id = :round AND respondent_type = :type AND status = 'SUBMITTED'""")
                .param("round", roundId).param("type", type.name())
                .query(Integer.class).single();
    }

    /** Submitted answers (with a level) per ward; all wards when {@code wardId} is null. */
    public List<WardAnswer> wardAnswers(long roundId, RespondentType type, @Nullable Long wardId) {
        String sql = """
                SELECT sr.ward_id, ii.partner_id, r.level
                  FROM survey_response sr
                  JOIN rating r ON r.response_id = sr.id
                  JOIN instrument_item ii ON ii.id = r.item_id
                 WHERE sr.round_id = :round AND sr.respondent_type = :type AND sr.status = 'SUBMITTED'
                   AND r.level IS NOT NULL""";
        JdbcClient.StatementSpec statement = wardId == null
                ? jdbc.sql(sql)
                : jdbc.sql(sql + " AND sr.ward_id = :ward").param("ward", wardId);
        return statement.param("round", roundId).param("type", type.name())
                .query((rs, row) -> new WardAnswer(rs.getLong("ward_id"), rs.getLong("partner_id"),
                        Level.valueOf(rs.getString("level"))))
                .list();
    }

    /**
     * What each side of each ward answered about the other (the items whose partner is a respondent). Starts
     * from the round's two such items, so that only their ratings are read, not every round's.
     */
    public List<PairAnswer> pairAnswers(long roundId) {
        return jdbc.sql("""
                SELECT sr.ward_id, sr.respondent_type, r.level
                  FROM instrument i
                  JOIN instrument_item ii ON ii.instrument_id = i.id
                  JOIN partner p ON p.id = ii.partner_id
                  JOIN rating r ON r.item_id = ii.id
                  JOIN survey_response sr ON sr.id = r.response_id
                 WHERE i.round_id = :round AND sr.status = 'SUBMITTED' AND r.level IS NOT NULL
                   AND p.represents IS NOT NULL AND p.represents <> i.respondent_type""")
                .param("round", roundId)
                .query((rs, row) -> new PairAnswer(rs.getLong(1), RespondentType.valueOf(rs.getString(2)),
                        Level.valueOf(rs.getString(3))))
                .list();
    }

    /** Rows of partner id, level and wards, by partner id and level. */
    private static Map<Long, Map<Level, Integer>> counts(JdbcClient.StatementSpec statement) {
        Map<Long, Map<Level, Integer>> counts = new HashMap<>();
        statement.query(rs -> {
            counts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Level.class))
                    .put(Level.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return counts;
    }

    static @Nullable RespondentType type(@Nullable String code) {
        return code == null ? null : RespondentType.valueOf(code);
    }
}
