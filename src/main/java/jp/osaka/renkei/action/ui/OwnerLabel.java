package jp.osaka.renkei.action.ui;

import java.util.function.BiFunction;

import jp.osaka.renkei.action.ActionService;

/** An owner as the action screens name them: a user by their display name, a person without an account marked so. */
final class OwnerLabel {

    private OwnerLabel() {
    }

    static String of(ActionService.Owner owner, BiFunction<String, Object[], String> translate) {
        return of(owner.displayName(), owner.withoutAccount(), translate);
    }

    static String of(String name, boolean withoutAccount, BiFunction<String, Object[], String> translate) {
        return withoutAccount ? translate.apply("action.owner.withoutAccount", new Object[] {name}) : name;
    }
}
