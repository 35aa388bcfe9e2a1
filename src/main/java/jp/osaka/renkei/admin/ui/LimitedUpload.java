package jp.osaka.renkei.admin.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import jp.osaka.renkei.survey.transfer.ImportLimits;

/**
 * An in-memory upload that the server itself cuts off at the import's size limit, so that an
 * oversized file is refused while it arrives instead of being held in memory first.
 */
class LimitedUpload extends InMemoryUploadHandler {

    LimitedUpload(InMemoryUploadCallback callback) {
        super(callback);
    }

    @Override
    public long getFileSizeMax() {
        return ImportLimits.defaults().maxBytes();
    }

    @Override
    public long getRequestSizeMax() {
        // the file and the few headers of its multipart request
        return ImportLimits.defaults().maxBytes() + 64 * 1024;
    }
}
