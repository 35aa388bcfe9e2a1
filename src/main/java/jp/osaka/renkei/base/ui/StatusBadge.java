package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** A small coloured label for a status, in the few tones the app uses. */
public final class StatusBadge {

    /** Done (green), needs attention (amber), failed (red), or neither (grey). */
    public enum Tone { SUCCESS, WARNING, ERROR, NEUTRAL }

    private StatusBadge() {
    }

    public static Badge create(String text, Tone tone) {
        Badge badge = new Badge(text);
        switch (tone) {
            case SUCCESS -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case WARNING -> badge.addThemeVariants(BadgeVariant.WARNING);
            case ERROR -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NEUTRAL -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.addClassName("status-badge");
        return badge;
    }
}
