package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The body of the app's error pages: a title (the page's h1 and document title), what happened, and the way
 * back to ホーム.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("error-page");
    }

    void show(VaadinIcon icon, String title, String text) {
        removeAll();
        Icon symbol = icon.create();
        symbol.addClassName("error-icon");
        this.title = title;
        H1 heading = new H1(title);
        heading.setId("error-title");
        Button home = new Button(getTranslation("error.backHome"), new Icon(VaadinIcon.HOME),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.addThemeVariants(ButtonVariant.PRIMARY);
        home.setId("back-home");
        add(symbol, heading, new Paragraph(text), home);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
