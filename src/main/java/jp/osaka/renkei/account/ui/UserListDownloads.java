package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.transfer.UserListWriter;
import jp.osaka.renkei.ward.Ward;

/** The user list as CSV (with a BOM, for Excel) and as xlsx, in a form the import reads back. */
class UserListDownloads extends Composite<HorizontalLayout> {

    private interface Format {
        void write(UserListWriter writer, List<UserSummary> users, OutputStream out) throws IOException;
    }

    UserListDownloads(UserAdministrationService users, Map<Long, Ward> wards) {
        UserListWriter writer = new UserListWriter(wards, this::getTranslation);
        getContent().setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().add(link(users, writer, "users.export.csv", "csv", UserListWriter::writeCsv, "users-export-csv"),
                link(users, writer, "users.export.xlsx", "xlsx", UserListWriter::writeXlsx, "users-export-xlsx"));
    }

    private Anchor link(UserAdministrationService users, UserListWriter writer, String key, String extension,
            Format format, String id) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName("renkei-users." + extension);
            format.write(writer, users.exportList(extension), event.getOutputStream());
        }, getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
