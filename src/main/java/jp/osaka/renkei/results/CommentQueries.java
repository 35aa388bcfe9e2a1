package jp.osaka.renkei.results;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.reporting.AnswerComment;
import jp.osaka.renkei.survey.reporting.AnswerComments;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wards' comments, read through the survey's contract ({@link AnswerComments}), and the SQL of the comments
 * chosen for the report (table report_comment, this module's own).
 */
@Repository
class CommentQueries {

    private final AnswerComments answers;
    private final JdbcClient jdbc;

    CommentQueries(AnswerComments answers, JdbcClient jdbc) {
        this.answers = answers;
        this.jdbc = jdbc;
    }

    /**
     * The round's comments, by instrument (区役所 first), item and the city's order of wards; of one instrument
     * when {@code type} is set, of one ward when {@code wardId} is set.
     */
    List<ItemComment> comments(long roundId, @Nullable RespondentType type, @Nullable Long wardId) {
        return answers.inRound(roundId, type, wardId).stream().map(CommentQueries::comment).toList();
    }

    /** One comment of the round, by its rating; empty when it is not a submitted response's non-blank comment. */
    Optional<ItemComment> comment(long roundId, long ratingId) {
        return answers.one(roundId, ratingId).map(CommentQueries::comment);
    }

    /** The round's chosen comments, in the order of {@link #comments}, each with whether it names its ward. */
    List<Chosen> chosen(long roundId) {
        Map<Long, Boolean> named = new HashMap<>();
        jdbc.sql("SELECT rating_id, named FROM report_comment")
                .query(rs -> {
                    named.put(rs.getLong("rating_id"), rs.getBoolean("named"));
                });
        return answers.of(roundId, named.keySet()).stream()
                .map(chosen -> new Chosen(comment(chosen), named.get(chosen.ratingId()))).toList();
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

    private static ItemComment comment(AnswerComment answer) {
        return new ItemComment(answer.ratingId(), answer.wardId(), answer.ward(), answer.type(), answer.partnerId(),
                answer.itemNo(), answer.item(), answer.text());
    }
}
