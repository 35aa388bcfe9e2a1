package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.WardStatusRow;

/** 回答状況: which ward × respondent type has no enabled account to answer, as a cell marker and a summary line. */
final class AccountGaps {

    /** ユーザー管理's route (admin.ui's view is not ours to import). */
    static final String USERS_ROUTE = "admin/users";

    private final Map<Long, Set<Role>> active;

    AccountGaps(Map<Long, Set<Role>> active) {
        this.active = active;
    }

    static Role roleOf(RespondentType type) {
        return switch (type) {
            case WARD_OFFICE -> Role.WARD_OFFICE;
            case SUPPORT_ROOM -> Role.SUPPORT_ROOM;
        };
    }

    boolean missing(long wardId, RespondentType type) {
        return !WardAccountCoverage.covered(active, wardId, roleOf(type));
    }

    /** 「アカウントなし」, with the respondent type in its tooltip. */
    static Badge marker(Component owner, RespondentType type) {
        Badge badge = StatusBadge.create(owner.getTranslation("accounts.none"), StatusBadge.Tone.ERROR);
        badge.addClassName("no-account");
        badge.getElement().setAttribute("title",
                owner.getTranslation("accounts.none.title", owner.getTranslation(type.messageKey())));
        return badge;
    }

    /** The count of ward × respondent type without an account, and a link to ユーザー管理; none: nothing. */
    Paragraph summary(List<WardStatusRow> rows, Paragraph line) {
        long count = rows.stream().mapToLong(row -> Arrays.stream(RespondentType.values())
                .filter(type -> missing(row.wardId(), type)).count()).sum();
        line.removeAll();
        line.addClassName("status-no-account");
        line.setVisible(count > 0);
        if (count > 0) {
            line.add(new Span(line.getTranslation("status.accounts.missing", count) + " "),
                    new Anchor(USERS_ROUTE, line.getTranslation("status.accounts.link")));
        }
        return line;
    }
}
