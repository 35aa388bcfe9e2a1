package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.SignedInSessions.OwnSession;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.Notifications;

/** ログイン中の端末 on アカウント設定: the user's signed-in sessions, this one marked, and signing out the others. */
class SignedInDevices extends VerticalLayout {

    private final SignedInSessions sessions;
    private final Grid<OwnSession> grid = new Grid<>();

    SignedInDevices(SignedInSessions sessions) {
        this.sessions = sessions;
        setPadding(false);
        grid.setId("account-sessions");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> DateFormats.dateTime(s.signedInAt(), getLocale()))
                .setHeader(getTranslation("account.sessions.signedInAt"));
        grid.addColumn(s -> DateFormats.dateTime(s.lastSeenAt(), getLocale()))
                .setHeader(getTranslation("account.sessions.lastSeen"));
        grid.addColumn(OwnSession::address).setHeader(getTranslation("account.sessions.address"));
        grid.addColumn(OwnSession::browser).setHeader(getTranslation("account.sessions.browser"));
        grid.addColumn(s -> s.current() ? getTranslation("account.sessions.current") : "");
        Button endOthers = new Button(getTranslation("account.sessions.endOthers"), e -> endOthers());
        endOthers.setId("account-end-other-sessions");
        add(new H3(getTranslation("account.sessions")), grid, endOthers);
        refresh();
    }

    private void endOthers() {
        int ended = sessions.endOwnOthers();
        refresh();
        Notifications.success(getTranslation("account.sessions.ended", ended));
    }

    private void refresh() {
        grid.setItems(sessions.own());
    }
}
