package jp.osaka.renkei.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the wards' comments: only comments of submitted responses, never a blank one; ward scoping is
 * a predicate here, so a ward user's query never reads another ward's row. And the comments chosen for the
 * report (table report_comment).
 */
@Repository
class CommentQueries {

    /** The comments of submitted responses; {@code %s}: a join that narrows them (none, or the chosen ones). */
    private static final String COMMENTS = """
            SELECT r.id AS rating_id, sr.ward_id, w.name_ja AS ward_ja, w.name_en AS ward_en, sr.respondent_type,
                   ii.partner_id, ii.item_no, COALESCE(ii.label_ja, p.name_ja) AS label_ja,
                   COALESCE(ii.label_en, p.name_en) AS label_en, r.comment%s
              FROM survey_response sr
              JOIN ward w ON w.id = sr.ward_id
              JOIN rating r ON r.response_id = sr.id%s
              JOIN instrument_item ii ON ii.id = r.item_id
              JOIN partner p ON p.id = ii.partner_id
             WHERE sr.round_id = :round AND sr.status = 'SUBMITTED'
               AND r.comment IS NOT NULL AND TRIM(r.comment) <> ''""";
    private static final String ALL = COMMENTS.formatted("", "");
    private static final String CHOSEN = COMMENTS.formatted(", rc.named",
            "\n              JOIN report_comment rc ON rc.rating_id = r.id");
    /** 区役所 before 相談支援室 (their codes sort the other way), items in their order, wards in the city's. */
    private static final String ORDER = " ORDER BY sr.respondent_type DESC, ii.position, w.sort_order";

    private final JdbcClient jdbc;

    CommentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The round's comments, by instrument (区役所 first), item and the city's order of wards; of one instrument
     * when {@code type} is set, of one ward when {@code wardId} is set.
     */
    List<ItemComment> comments(long roundId, @Nullable RespondentType type, @Nullable Long wardId) {
        String sql = ALL + (type == null ? "" : " AND sr.respondent_type = :type")
                + (wardId == null ? "" : " AND sr.ward_id = :ward") + ORDER;
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("round", roundId);
        if (type != null) {
            statement = statement.param("type", type.name());
        }
        if (wardId != null) {
            statement = statement.param("ward", wardId);
        }
        return statement.query((rs, row) -> comment(rs)).list();
    }

    /** One comment of the round, by its rating; empty when it is not a submitted response's non-blank comment. */
    Optional<ItemComment> comment(long roundId, long ratingId) {
        return jdbc.sql(ALL + " AND r.id = :rating").param("round", roundId).param("rating", ratingId)
                .query((rs, row) -> comment(rs)).optional();
    }

    /** The round's chosen comments, in the order of {@link #comments}, each with whether it names its ward. */
    List<Chosen> chosen(long roundId) {
        return jdbc.sql(CHOSEN + ORDER)
                .param("round", roundId)
                .query((rs, row) -> new Chosen(comment(rs), rs.getBoolean("named")))
                .list();
    }

    /** A chosen comment and whether it is printed with its ward's name. */
    record Chosen(ItemComment comment, boolean named) {
    }

    /** Whether the rating's comment is chosen, and if so whether named; empty when it is not chosen. */
    Optional<Boolean> named(long ratingId) {
        return jdbc.sql("SELECT named FROM report_comment WHERE rating_id = :rating").param("rating", ratingId)
                .query(Boolean.class).optional();
    }

    void choose(long ratingId, boolean named, String by, Instant at) {
        jdbc.sql("INSERT INTO report_comment (rating_id, named, chosen_by, chosen_at) VALUES (:rating, :named, :by, :at)")
                .param("rating", ratingId).param("named", named).param("by", by).param("at", utc(at)).update();
    }

    void rename(long ratingId, boolean named, String by, Instant at) {
        jdbc.sql("UPDATE report_comment SET named = :named, chosen_by = :by, chosen_at = :at WHERE rating_id = :rating")
                .param("rating", ratingId).param("named", named).param("by", by).param("at", utc(at)).update();
    }

    int withdraw(long ratingId) {
        return jdbc.sql("DELETE FROM report_comment WHERE rating_id = :rating").param("rating", ratingId).update();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static ItemComment comment(ResultSet rs) throws SQLException {
        return new ItemComment(rs.getLong("rating_id"), rs.getLong("ward_id"),
                new LocalizedText(rs.getString("ward_ja"), rs.getString("ward_en")),
                RespondentType.valueOf(rs.getString("respondent_type")), rs.getLong("partner_id"), rs.getInt("item_no"),
                new LocalizedText(rs.getString("label_ja"), rs.getString("label_en")), rs.getString("comment"));
    }
}
