package jp.osaka.renkei.survey.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wards' comments beside their answers: only comments of submitted responses, never a blank one; ward scoping is
 * a parameter here, so a ward user's query never reads another ward's row. No access checks of its own: the callers'
 * services choose the ward.
 */
@Repository
public class AnswerComments {

    private static final String COMMENTS = """
            SELECT r.id AS rating_id, sr.ward_id, w.name_ja AS ward_ja, w.name_en AS ward_en, sr.respondent_type,
                   ii.partner_id, ii.item_no, COALESCE(ii.label_ja, p.name_ja) AS label_ja,
                   COALESCE(ii.label_en, p.name_en) AS label_en, r.comment
              FROM survey_response sr
              JOIN ward w ON w.id = sr.ward_id
              JOIN rating r ON r.response_id = sr.id
              JOIN instrument_item ii ON ii.id = r.item_id
              JOIN partner p ON p.id = ii.partner_id
             WHERE sr.round_id = :round AND sr.status = 'SUBMITTED'
               AND r.comment IS NOT NULL AND TRIM(r.comment) <> ''""";
    /** 区役所 before 相談支援室 (their codes sort the other way), items in their order, wards in the city's. */
    private static final String ORDER = " ORDER BY sr.respondent_type DESC, ii.position, w.sort_order";

    private final JdbcClient jdbc;

    AnswerComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The round's comments, by instrument (区役所 first), item and the city's order of wards; of one instrument
     * when {@code type} is set, of one ward when {@code wardId} is set.
     */
    public List<AnswerComment> inRound(long roundId, @Nullable RespondentType type, @Nullable Long wardId) {
        String sql = COMMENTS + (type == null ? "" : " AND sr.respondent_type = :type")
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
    public Optional<AnswerComment> one(long roundId, long ratingId) {
        return jdbc.sql(COMMENTS + " AND r.id = :rating").param("round", roundId).param("rating", ratingId)
                .query((rs, row) -> comment(rs)).optional();
    }

    /**
     * Those of the ratings that are comments of the round (as {@link #one}), in the order of {@link #inRound}; the
     * others are left out.
     */
    public List<AnswerComment> of(long roundId, Collection<Long> ratingIds) {
        if (ratingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMMENTS + " AND r.id IN (:ratings)" + ORDER).param("round", roundId)
                .param("ratings", ratingIds).query((rs, row) -> comment(rs)).list();
    }

    private static AnswerComment comment(ResultSet rs) throws SQLException {
        return new AnswerComment(rs.getLong("rating_id"), rs.getLong("ward_id"),
                new LocalizedText(rs.getString("ward_ja"), rs.getString("ward_en")),
                RespondentType.valueOf(rs.getString("respondent_type")), rs.getLong("partner_id"), rs.getInt("item_no"),
                new LocalizedText(rs.getString("label_ja"), rs.getString("label_en")), rs.getString("comment"));
    }
}
