package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.ward.Ward;

/** ホーム for ward users: the way to their own ward's profile over all rounds. */
class ProfileCard extends Card {

    ProfileCard(Ward ward) {
        setTitle(new H2(getTranslation("home.profile.title")));
        addClassName("home-card");
        setId("ward-profile");
        // by path, not by class: home needs nothing of the profile module but its address
        Button open = HomeView.goTo(getTranslation("home.profile.open", ward.getName().get(getLocale())),
                "wards/" + ward.getCode());
        open.removeThemeVariants(ButtonVariant.PRIMARY);
        open.setId("open-ward-profile");
        add(new Paragraph(getTranslation("home.profile.text")), open);
    }
}
