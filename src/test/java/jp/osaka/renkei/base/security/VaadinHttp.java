package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin's protocol over plain HTTP: sign in through the login form, open a UI
 * ({@code ?v-r=init}), send RPCs ({@code ?v-r=uidl}) and heartbeats with the tab's cookie, UI id, CSRF token
 * and sync id, as the client engine does.
 */
public final class VaadinHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final PlainHttp http;
    private String cookie = "";
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private JsonNode lastUidl = JSON.createObjectNode();
    private boolean acceptGzip;

    public VaadinHttp(int port) {
        this.port = port;
        this.http = new PlainHttp(port);
    }

    /**
     * From now on, UIDL requests say that gzip is accepted, as browsers do; a compressed answer is not read (its body
     * is bytes), so this is for a tab's last request.
     */
    public VaadinHttp acceptingGzip() {
        acceptGzip = true;
        return this;
    }

    /** The session's Cookie header value, e.g. "JSESSIONID=…"; empty before the first response that sets one. */
    public String cookie() {
        return cookie;
    }

    /** Another tab that replays this one's cookie, UI id, CSRF token and sync id (e.g. after a logout). */
    public VaadinHttp copy() {
        VaadinHttp copy = new VaadinHttp(port);
        copy.cookie = cookie;
        copy.uiId = uiId;
        copy.csrfToken = csrfToken;
        copy.syncId = syncId;
        copy.clientId = clientId;
        return copy;
    }

    /** The login form's POST (with the login page's CSRF token); asserts that the sign-in succeeded. */
    public VaadinHttp signIn(String username, String password) {
        HttpResponse<String> response = postLogin(username, password);
        assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(PlainHttp.redirectPath(response)).as("sign-in of " + username).isEqualTo("/");
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    /**
     * GET /login, then the login form's POST with this tab's cookie and the CSRF token of the page's meta tag, as
     * vaadin-login-form sends it; as it is answered (redirects not followed).
     */
    public HttpResponse<String> postLogin(String username, String password) {
        return postLoginForm("_csrf=" + encoded(openLoginPage()) + "&username=" + encoded(username)
                + "&password=" + encoded(password));
    }

    /** GET /login with this tab's cookie (a session for the first one); the CSRF token the page carries. */
    public String openLoginPage() {
        return PlainHttp.csrfToken(get("/login"));
    }

    /** A POST of the login form's body as given (e.g. without a token), with this tab's cookie and more headers. */
    public HttpResponse<String> postLoginForm(String form, String... headers) {
        String[] cookieAndMore = Stream.of(withCookie(), headers).flatMap(Arrays::stream)
                .toArray(String[]::new);
        HttpResponse<String> response = http.postForm("/login", form, cookieAndMore);
        remember(response);
        return response;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = http.get(path, withCookie());
        remember(response);
        return response;
    }

    /** Opens a UI at a route, as the bootstrap page does; false when the answer was no UI (e.g. a redirect). */
    public boolean open(String route) {
        HttpResponse<String> response = get("/?v-r=init&location=" + route);
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString("");
        syncId = uidl.path("syncId").asInt(0);
        clientId = 0;
        lastUidl = uidl;
        return uiId >= 0 && !csrfToken.isEmpty();
    }

    /** The node of the component with this id in what the server sent last (init or RPC answer). */
    public Optional<Integer> node(String componentId) {
        for (JsonNode change : lastUidl.path("changes")) {
            if ("id".equals(change.path("key").asString("")) && componentId.equals(change.path("value").asString(""))) {
                return Optional.of(change.path("node").asInt());
            }
        }
        return Optional.empty();
    }

    /** A click on a node, as one UIDL request; returns the raw answer. */
    public HttpResponse<String> click(int node) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        rpc.putObject("data");
        return uidl(rpc);
    }

    /** Navigation inside the UI to a route, as a click on a link in the app does. */
    public HttpResponse<String> navigate(String route) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        rpc.putObject("data").put("route", route).put("query", "").put("appShellTitle", "")
                .put("forceReload", false).put("trigger", "");
        return uidl(rpc);
    }

    public HttpResponse<String> heartbeat() {
        HttpResponse<String> response = http.postJson("/?v-r=heartbeat&v-uiId=" + uiId, "", withCookie());
        remember(response);
        return response;
    }

    private HttpResponse<String> uidl(ObjectNode rpc) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId)
                .put("clientId", clientId++);
        ArrayNode rpcs = body.putArray("rpc");
        rpcs.add(rpc);
        String[] headers = acceptGzip ? Stream.of(withCookie(), new String[] {"Accept-Encoding", "gzip"})
                .flatMap(Arrays::stream).toArray(String[]::new) : withCookie();
        HttpResponse<String> response = http.postJson("/?v-r=uidl&v-uiId=" + uiId, JSON.writeValueAsString(body),
                headers);
        remember(response);
        String text = response.body().replaceFirst("^for\\(;;\\);", "");
        if (response.statusCode() == 200 && (text.startsWith("{") || text.startsWith("["))) {
            JsonNode answer = JSON.readTree(text);
            JsonNode first = answer.isArray() ? answer.path(0) : answer;
            if (first.has("syncId")) {
                syncId = first.path("syncId").asInt();
                lastUidl = first;
            }
        }
        return response;
    }

    /** Whether an answer says that the session expired (Vaadin's client then reloads the page). */
    public static boolean sessionExpired(HttpResponse<String> response) {
        return response.body().replace(" ", "").contains("\"sessionExpired\":true");
    }

    private String[] withCookie() {
        return cookie.isEmpty() ? new String[0] : new String[] { "Cookie", cookie };
    }

    public static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void remember(HttpResponse<String> response) {
        response.headers().firstValue("Set-Cookie").filter(value -> value.startsWith("JSESSIONID="))
                .ifPresent(value -> cookie = value.replaceFirst(";.*$", ""));
    }
}
