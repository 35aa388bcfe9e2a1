package jp.osaka.renkei.survey.reporting;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every submitted answer of one ward, over all rounds, in one query (a ward's profile). No access checks of its own. */
@Repository
public class AnswerHistory {

    private final JdbcClient jdbc;

    AnswerHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ward's submitted answers in every round, by round, type and item number; drafts are the ward's own work in
     * progress, not answers.
     */
    public List<PastAnswer> ofWard(long wardId) {
        return jdbc.sql("""
                SELECT sr.round_id, sr.respondent_type, ii.partner_id, ii.item_no,
                       COALESCE(ii.label_ja, p.name_ja) AS label_ja, COALESCE(ii.label_en, p.name_en) AS label_en,
                       p.represents, r.level, r.comment
                  FROM survey_response sr
                  JOIN rating r ON r.response_id = sr.id
                  JOIN instrument_item ii ON ii.id = r.item_id
                  JOIN partner p ON p.id = ii.partner_id
                 WHERE sr.ward_id = :ward AND sr.status = 'SUBMITTED'
                 ORDER BY sr.round_id, sr.respondent_type, ii.item_no""")
                .param("ward", wardId)
                .query((rs, row) -> new PastAnswer(rs.getLong("round_id"),
                        RespondentType.valueOf(rs.getString("respondent_type")), rs.getLong("partner_id"),
                        rs.getInt("item_no"), new LocalizedText(rs.getString("label_ja"), rs.getString("label_en")),
                        RoundAnswers.type(rs.getString("represents")), level(rs.getString("level")),
                        rs.getString("comment")))
                .list();
    }

    private static @Nullable Level level(@Nullable String code) {
        return code == null ? null : Level.valueOf(code);
    }
}
