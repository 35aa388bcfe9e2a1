package jp.osaka.renkei.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to the app on localhost: health probes and the crash test's endpoint. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(int port, String path) {
        try {
            return send(port, path, HttpRequest.newBuilder().GET());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** POST without a body; throws when the app does not answer 200, with what it answered. */
    static String post(int port, String path) throws IOException {
        return ok(path, send(port, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody())));
    }

    private static String ok(String path, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Whether GET of the path answers 200; false also when nothing listens. */
    static boolean answers200(int port, String path) {
        try {
            return send(port, path, HttpRequest.newBuilder().GET()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** GET; throws when the app does not answer 200, with what it answered. */
    static String getOk(int port, String path) throws IOException {
        return ok(path, send(port, path, HttpRequest.newBuilder().GET()));
    }

    private static HttpResponse<String> send(int port, String path, HttpRequest.Builder request) throws IOException {
        try {
            return CLIENT.send(request.uri(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
