package jp.osaka.renkei.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;


/**
 * An upload kept in memory that stops reading at the import's size limit. Vaadin's own in-memory handler
 * reads a whole request body before anyone looks at its size (its size limits apply only to multipart
 * requests, after the container has stored the parts), so a 1 GB request would be buffered first. This
 * one refuses a body that declares a larger size without reading it, and stops one that does not declare
 * its size (chunked) one byte after the limit. The container's multipart limits
 * ({@code spring.servlet.multipart.*}) are the second line for multipart requests.
 */
public class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final BiConsumer<UploadMetadata, byte[]> accepted;
    private final Consumer<String> tooLarge;

    /**
     * @param accepted gets the file in the UI's lock
     * @param tooLarge gets the refused file's name in the UI's lock when a file is refused for its size
     */
    public LimitedUpload(long maxBytes, BiConsumer<UploadMetadata, byte[]> accepted, Consumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        event.getUI().access(() -> accepted.accept(metadata, bytes));
    }

    private void refuse(UploadEvent event) {
        event.reject("too large");
        String name = event.getFileName();
        event.getUI().access(() -> tooLarge.accept(name));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // the file and the few headers of its multipart request
        return maxBytes + 64 * 1024;
    }
}
