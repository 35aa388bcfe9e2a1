package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import jp.osaka.renkei.base.DomainException;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the same record after this user opened it: says so, says that the user's own
 * changes were not saved, and offers to load the latest version. 戻る keeps the form open with the
 * user's input, so that they can copy it before reloading. The one dialog of every editing screen.
 */
public final class StaleDialog extends ConfirmDialog {

    /** @param whatKey the message key of what changed, e.g. "stale.what.action" (この取組み) */
    public StaleDialog(String whatKey, Runnable reload) {
        setHeader(getTranslation("stale.title"));
        setText(getTranslation("stale.text", getTranslation(whatKey)));
        setConfirmText(getTranslation("stale.reload"));
        setCancelable(true);
        setCancelText(getTranslation("stale.back"));
        addConfirmListener(e -> reload.run());
        setId("stale-dialog");
    }

    /**
     * Runs a save. When the service refuses it because the record changed meanwhile (a "….stale" key,
     * or the database's own version check when two saves meet), opens the dialog; any other refusal
     * is shown as an error.
     *
     * @return whether the save went through
     */
    public static boolean save(String whatKey, Runnable save, Runnable reload) {
        try {
            return saveUnlessStale(whatKey, save, reload);
        } catch (DomainException e) {
            Notifications.error(UI.getCurrent().getTranslation(e.messageKey(), e.arguments()));
            return false;
        }
    }

    /**
     * As {@link #save}, but a refusal other than someone's change meanwhile is thrown on to the caller, e.g. to show
     * it at the field it concerns.
     */
    public static boolean saveUnlessStale(String whatKey, Runnable save, Runnable reload) {
        try {
            save.run();
            return true;
        } catch (DomainException e) {
            if (!isStale(e)) {
                throw e;
            }
        } catch (OptimisticLockingFailureException e) {
            // the same as a stale version found by the service: the row changed between its check and the write
        }
        new StaleDialog(whatKey, reload).open();
        return false;
    }

    /**
     * As {@link #save}, for screens that show the record right after each change: runs {@code reload} after a save
     * that went through as well (e.g. a list edited button by button).
     */
    public static boolean saveAndReload(String whatKey, Runnable save, Runnable reload) {
        boolean saved = save(whatKey, save, reload);
        if (saved) {
            reload.run();
        }
        return saved;
    }

    static boolean isStale(DomainException e) {
        return e.messageKey().endsWith(".stale");
    }
}
