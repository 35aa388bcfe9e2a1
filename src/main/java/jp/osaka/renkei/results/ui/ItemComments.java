package jp.osaka.renkei.results.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ItemComment;
import jp.osaka.renkei.results.ReportComment;
import jp.osaka.renkei.survey.RespondentType;

/**
 * One instrument's comments in a round as 集計結果 shows them: by item, read once for the page, with the
 * bureau's choices for the 資料. Viewers get none from the service, so no list is shown to them.
 */
final class ItemComments {

    private final Map<Long, List<ItemComment>> byPartner;
    private final Map<Long, ReportComment> chosen;
    private final CommentService service;
    private final int fiscalYear;
    private final boolean admin;

    ItemComments(CommentService service, int fiscalYear, RespondentType type, boolean admin) {
        this.service = service;
        this.fiscalYear = fiscalYear;
        this.admin = admin;
        this.byPartner = service.comments(fiscalYear, type).stream()
                .collect(Collectors.groupingBy(ItemComment::partnerId, LinkedHashMap::new, Collectors.toList()));
        this.chosen = admin ? service.chosen(fiscalYear).stream()
                .collect(Collectors.toMap(ReportComment::ratingId, Function.identity())) : Map.of();
    }

    /** The list to show under the item's chart; empty when nobody the user may read commented on it. */
    Optional<CommentList> below(long partnerId) {
        List<ItemComment> comments = byPartner.getOrDefault(partnerId, List.of());
        if (comments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommentList(comments, admin, admin
                ? comment -> new ReportCommentChoice(service, fiscalYear, comment, chosen.get(comment.ratingId()))
                : null));
    }
}
