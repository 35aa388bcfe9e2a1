package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * What the banner shows between the signed-in user's name and sign-out, from the feature that owns what it opens
 * (the account module: language, account settings, password), so that the frame does not depend on it.
 */
public interface UserBarItems {

    /** New components for one banner; called while its UI is current. */
    List<Component> create();
}
