package jp.osaka.renkei.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small SMTP server for tests of what GreenMail cannot do: it refuses the given recipients with 550 at RCPT TO,
 * and it can wait before every reply (a slow server). It accepts everything else and keeps the recipients of each
 * message it was given.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Set<String> refused;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    RefusingSmtpServer(String... refused) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.refused = Set.of(refused);
        threads.execute(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Waits this long before each reply from now on. */
    void delayReplies(Duration delay) {
        this.delay = delay;
    }

    /** The recipient of every message accepted, in order. */
    List<String> delivered() {
        return List.copyOf(delivered);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = client.getOutputStream();
            reply(out, "220 refusing.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 refusing.test");
                } else if (command.startsWith("MAIL FROM")) {
                    reply(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    if (refused.contains(address)) {
                        reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                    } else {
                        recipient = address;
                        reply(out, "250 2.1.5 OK");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself: not kept
                    }
                    delivered.add(String.valueOf(recipient));
                    reply(out, "250 2.0.0 OK queued");
                } else if (command.equals("RSET") || command.equals("NOOP")) {
                    recipient = null;
                    reply(out, "250 2.0.0 OK");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (SocketException gone) {
            // the client gave up (e.g. its read timed out) or the server was closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reply(OutputStream out, String line) throws IOException {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocketException("closed");
        }
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
