package jp.osaka.renkei.ward.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.EmailInput;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

/** A ward's shared addresses of 区役所 and 支援室, where mail goes for the ward's users without an own address. */
class MailboxesDialog extends Dialog {

    MailboxesDialog(Ward ward, WardService wards, Runnable onChange) {
        setHeaderTitle(getTranslation("wards.mailboxes.title", ward.getName().get(getLocale())));
        setId("mailboxes-dialog");
        EmailInput office = new EmailInput(getTranslation("wards.mailbox.office"),
                ward.mailbox(Role.WARD_OFFICE).orElse(null), "mailbox-office");
        EmailInput room = new EmailInput(getTranslation("wards.mailbox.room"),
                ward.mailbox(Role.SUPPORT_ROOM).orElse(null), "mailbox-room");
        Button save = new Button(getTranslation("users.save"), e -> {
            boolean officeValid = office.check();
            if (!room.check() || !officeValid) {
                return; // the fields say why; nothing is saved and nothing typed is lost
            }
            if (StaleDialog.save("stale.what.ward", () -> wards.changeMailboxes(ward.getId(), ward.getVersion(),
                    office.address(), room.address()), () -> {
                        close();
                        onChange.run();
                    })) {
                close();
                onChange.run();
                Notifications.success(getTranslation("users.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("mailboxes-save");
        add(new Paragraph(getTranslation("wards.mailboxes.help")), office, room);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), save);
    }
}
