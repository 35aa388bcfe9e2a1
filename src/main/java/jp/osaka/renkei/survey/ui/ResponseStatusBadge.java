package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;

import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.survey.ResponseStatus;

import org.jspecify.annotations.Nullable;

/** 未回答 (grey), 下書き (amber) or 提出済 (green). */
final class ResponseStatusBadge {

    private ResponseStatusBadge() {
    }

    static Badge of(@Nullable ResponseStatus status) {
        String key = status == null ? "response.status.NONE" : status.messageKey();
        StatusBadge.Tone tone = status == null ? StatusBadge.Tone.NEUTRAL
                : status == ResponseStatus.SUBMITTED ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.WARNING;
        return StatusBadge.create(UI.getCurrent().getTranslation(key), tone);
    }
}
