package jp.osaka.renkei.load;

import java.util.function.BooleanSupplier;

/** A generated administrator (scale-admin, scale-admin-2 … -5, in turn) who keeps refreshing 回答状況. */
record AdminUser(int index) {

    String username() {
        return index % 5 == 0 ? "scale-admin" : "scale-admin-" + (index % 5 + 1);
    }

    void run(UiConnection ui, String password, Think think, BooleanSupplier wardsAnswering) {
        ui.signIn(username(), password);
        think.page();
        ui.step("open-status");
        ui.navigate("status");
        ui.tree().require("status-grid");
        while (wardsAnswering.getAsBoolean()) {
            think.page();
            think.page();
            ui.step("refresh-status");
            ui.navigate("status");
        }
    }
}
