package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title bar at the top of a view, with optional components (filters, buttons) on the right. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        HorizontalLayout right = new HorizontalLayout(actions);
        right.addClassName("view-toolbar-actions");
        getContent().addClassName("view-toolbar");
        getContent().add(heading, right);
    }
}
