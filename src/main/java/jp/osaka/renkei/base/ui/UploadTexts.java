package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The upload component's own texts, from the message bundles (it speaks English otherwise). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N create(UI ui) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add"))
                .setMany(ui.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.drop"))
                .setMany(ui.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(ui.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(ui.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.connecting"))
                        .setStalled(ui.getTranslation("upload.stalled"))
                        .setProcessing(ui.getTranslation("upload.processing")).setHeld(ui.getTranslation("upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(ui.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(ui.getTranslation("upload.error.server"))
                        .setForbidden(ui.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(ui.getTranslation("upload.error.tooBig"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
