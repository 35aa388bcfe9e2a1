package jp.osaka.renkei.survey;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * 差し戻し中: which draft responses are drafts because the bureau sent them back, read from the answer
 * history in one query for all of them. A response is sent back while its latest status change is
 * 提出済 → 下書き; resubmitting adds a later change, so the state ends by itself.
 */
@Component
class SendBacks {

    private final AnswerChangeRepository history;

    SendBacks(AnswerChangeRepository history) {
        this.history = history;
    }

    /** The send-back of each given response that is sent back now, by response id (user names, not display names). */
    Map<Long, WardResponseStatus.SentBack> of(Collection<Response> responses) {
        List<Long> drafts = responses.stream().filter(r -> r.getStatus() == ResponseStatus.DRAFT)
                .map(Response::getId).toList();
        return drafts.isEmpty() ? Map.of()
                : latest(history.findByFieldAndResponseIdInOrderByChangedAtAscIdAsc(AnswerChange.Field.STATUS, drafts));
    }

    /** From status changes in the order they happened: the responses whose latest one was a send-back. */
    static Map<Long, WardResponseStatus.SentBack> latest(List<AnswerChange> statusChanges) {
        Map<Long, AnswerChange> last = new HashMap<>();
        statusChanges.forEach(change -> last.put(change.getResponseId(), change));
        Map<Long, WardResponseStatus.SentBack> sentBack = new HashMap<>();
        last.forEach((responseId, change) -> {
            if (ResponseStatus.SUBMITTED.name().equals(change.getOldValue())
                    && ResponseStatus.DRAFT.name().equals(change.getNewValue())) {
                sentBack.put(responseId, new WardResponseStatus.SentBack(
                        change.getNote() == null ? "" : change.getNote(), change.getChangedBy(), change.getChangedAt()));
            }
        });
        return sentBack;
    }
}
