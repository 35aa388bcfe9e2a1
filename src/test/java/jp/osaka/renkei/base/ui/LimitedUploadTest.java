package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The import's upload handler on requests of 1 GB, at the handler (not over HTTP): one that says how large
 * it is is refused without reading a byte, one that does not (chunked) is cut off one byte after the limit.
 */
class LimitedUploadTest {

    private static final long LIMIT = 5 * 1024 * 1024;
    private static final long GIGABYTE = 1024L * 1024 * 1024;

    private final List<byte[]> accepted = new ArrayList<>();
    private int refused;
    private String refusedName = "";
    private final LimitedUpload handler = new LimitedUpload(LIMIT, (metadata, bytes) -> accepted.add(bytes),
            name -> {
                refused++;
                refusedName = name;
            });

    @Test
    void aRequestThatDeclaresOneGigabyteIsRefusedWithoutReadingIt() throws IOException {
        EndlessBody body = new EndlessBody(GIGABYTE);
        UploadEvent event = event(body, GIGABYTE);

        handler.handleUploadRequest(event);

        assertThat(body.read).isZero();
        assertThat(refused).isEqualTo(1);
        assertThat(refusedName).as("the screen names the refused file").isEqualTo("answers.csv");
        assertThat(accepted).isEmpty();
        verify(event).reject(anyString());
    }

    @Test
    void aChunkedRequestOfOneGigabyteIsCutOffOneByteAfterTheLimit() throws IOException {
        EndlessBody body = new EndlessBody(GIGABYTE);

        handler.handleUploadRequest(event(body, -1));

        assertThat(body.read).isEqualTo(LIMIT + 1);
        assertThat(refused).isEqualTo(1);
        assertThat(accepted).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsHandedOnWhole() throws IOException {
        handler.handleUploadRequest(event(new EndlessBody(LIMIT), -1));

        assertThat(refused).isZero();
        assertThat(accepted).singleElement().satisfies(bytes -> assertThat(bytes).hasSize((int) LIMIT));
    }

    private static UploadEvent event(InputStream body, long declaredSize) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            call.<Command>getArgument(0).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getFileName()).thenReturn("answers.csv");
        when(event.getContentType()).thenReturn("text/csv");
        return event;
    }

    /** A request body of the given length, made as it is read, that counts what was read. */
    private static final class EndlessBody extends InputStream {

        private final long length;
        private long read;

        EndlessBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
