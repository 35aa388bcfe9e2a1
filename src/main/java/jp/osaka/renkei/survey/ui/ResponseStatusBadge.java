package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;

import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.WardResponseStatus;

import org.jspecify.annotations.Nullable;

/** 未回答 (grey), 下書き or 差し戻し中 (amber) or 提出済 (green). */
final class ResponseStatusBadge {

    private ResponseStatusBadge() {
    }

    static Badge of(@Nullable ResponseStatus status) {
        return of(status, status == null ? "response.status.NONE" : status.messageKey());
    }

    /** 回答状況: as above, but 差し戻し中 (amber) instead of 下書き for a response sent back. */
    static Badge of(WardResponseStatus status) {
        return of(status.status(), status.messageKey());
    }

    private static Badge of(@Nullable ResponseStatus status, String key) {
        StatusBadge.Tone tone = status == null ? StatusBadge.Tone.NEUTRAL
                : status == ResponseStatus.SUBMITTED ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.WARNING;
        return StatusBadge.create(UI.getCurrent().getTranslation(key), tone);
    }
}
