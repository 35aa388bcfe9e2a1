package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/**
 * ログイン on a new installation without any user: how to create the first administrator (ADMIN_USERNAME and
 * ADMIN_PASSWORD, then a restart), instead of a form that nobody can pass (docs/decisions/0006-first-start-without-users.md).
 */
class FirstStartNotice extends Div {

    FirstStartNotice() {
        setId("first-start");
        addClassName("login-first-start");
        add(new H2(getTranslation("login.firstStart.title")),
                new Paragraph(getTranslation("login.firstStart.text")),
                new Paragraph(getTranslation("login.firstStart.example")),
                new Pre(getTranslation("login.firstStart.command")),
                new Paragraph(getTranslation("login.firstStart.next")));
    }
}
