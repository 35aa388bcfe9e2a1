package jp.osaka.renkei.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab: its session cookie, and Vaadin's client side of the protocol as Chromium
 * runs it (recorded with Playwright, see docs/performance.md): the login form's POST with Spring
 * Security's CSRF token, {@code ?v-r=init}, UIDL requests with the UI's CSRF token, {@code syncId} and
 * {@code clientId}, heartbeats. Every response is checked; whatever a user would have seen as an error
 * throws {@link ProtocolException}. Each HTTP request's time is reported to the {@link Recorder}.
 */
final class UiConnection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String UIDL_PREFIX = "for(;;);";
    /** Browser-like details of a mouse click; the server only passes them on to listeners that ask. */
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.altKey", false, "event.button", 0,
            "event.clientX", 600, "event.clientY", 400, "event.screenX", 610, "event.screenY", 480);

    private final HttpClient http;
    private final URI base;
    private final Recorder recorder;
    private @Nullable String sessionCookie;
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId = -1;
    private int clientId;
    private int historyIndex;
    private int heartbeatSeconds = 300;
    private NodeTree tree = new NodeTree();
    private String step = "sign-in";

    UiConnection(HttpClient http, URI base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** Names what the following requests are for, in the per-step figures. */
    void step(String name) {
        step = name;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    NodeTree tree() {
        return tree;
    }

    /**
     * The login page (bootstrap page, init, navigation to the login view), then the form's POST, then the
     * app's start page in a new UI, as the browser follows the redirect.
     */
    void signIn(String username, String password) {
        step("login-page");
        HttpResponse<String> page = send(get("/login"), 200);
        Matcher csrf = CSRF_META.matcher(page.body());
        if (!csrf.find()) {
            throw new ProtocolException("the login page has no CSRF token");
        }
        openUi("login");
        step("sign-in");
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> posted = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302);
        String location = posted.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("login")) {
            throw new ProtocolException("sign-in refused for " + username + " (" + location + ")");
        }
        step("home");
        send(get("/"), 200);
        unload();
        openUi("");
    }

    /** GET ?v-r=init for the location, then the client's first RPC, which navigates there. */
    private void openUi(String location) {
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(location) + "&query="
                + "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-tzo=-540&v-tzid=Asia%2FTokyo"
                + "&v-td=false&v-pr=1&v-cs=light&v-pv=VISIBLE&v-tn=lumo&v-ws=false"), 200);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString("");
        if (uiId < 0 || csrfToken.isEmpty()) {
            throw new ProtocolException("init gave no UI id or CSRF token");
        }
        tree = new NodeTree();
        syncId = -1;
        clientId = 0;
        historyIndex = 0;
        handle(uidl, true);
        navigate("/" + location, "");
    }

    /**
     * The page the browser left tells the server, with its last CSRF token and without a syncId, that its UI
     * is gone (Vaadin's beacon on pagehide): otherwise the login page's UI stays in the session until its
     * heartbeats are missed.
     */
    private void unload() {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        body.putArray("rpc");
        body.put("UNLOAD", true);
        send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), 200);
    }

    /** A click on a link of the side navigation or the router: the client's ui-navigate event. */
    void navigate(String route) {
        historyIndex++;
        navigate(route, "client");
    }

    private void navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", historyIndex);
        uidl(event(1, "ui-navigate").set("data", data));
    }

    void click(String elementId) {
        ObjectNode click = event(tree.require(elementId).id, "click");
        click.set("data", JSON.valueToTree(CLICK));
        uidl(click);
    }

    /** What the browser sends when one radio button of a group is clicked: its checked, then the group's value. */
    void chooseRadio(String groupId, String label) {
        NodeTree.Node group = tree.require(groupId);
        List<NodeTree.Node> radios = tree.descendants(group).stream()
                .filter(n -> "vaadin-radio-button".equals(n.tag)).toList();
        NodeTree.Node chosen = radios.stream().filter(n -> label.equals(tree.text(n))).findFirst()
                .orElseThrow(() -> new ProtocolException("#" + groupId + " has no radio button " + label));
        List<ObjectNode> rpc = new ArrayList<>();
        rpc.add(sync(chosen.id, "checked", true));
        rpc.add(event(chosen.id, "checked-changed"));
        for (NodeTree.Node other : radios) {
            if (other != chosen && "true".equals(other.properties.get("checked"))) {
                rpc.add(sync(other.id, "checked", false));
                rpc.add(event(other.id, "checked-changed"));
            }
        }
        rpc.add(sync(group.id, "value", chosen.properties.getOrDefault("value", "")));
        rpc.add(event(group.id, "value-changed"));
        uidl(rpc.toArray(ObjectNode[]::new));
    }

    /** A text field typed into and left: its value, then its change event. */
    void type(String elementId, String text) {
        int node = tree.require(elementId).id;
        uidl(sync(node, "value", text), event(node, "change"));
    }

    /** The confirm button of a ConfirmDialog, as the web component reports it. */
    void confirm(String dialogId) {
        int node = tree.require(dialogId).id;
        uidl(event(node, "opened-changed"));
        uidl(JSON.createObjectNode().put("type", "event").put("node", node).put("event", "confirm"),
                sync(node, "opened", false), event(node, "opened-changed"));
        uidl(JSON.createObjectNode().put("type", "event").put("node", node).put("event", "closed"));
    }

    /** Vaadin's heartbeat keeps the UI alive while the user reads (every heartbeatInterval). */
    void heartbeat() {
        step("heartbeat");
        send(request("/?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
    }

    private ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.putObject("data");
        return event;
    }

    private ObjectNode sync(int node, String property, Object value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", NodeTree.PROPERTIES)
                .put("property", property);
        sync.set("value", JSON.valueToTree(value));
        return sync;
    }

    private void uidl(ObjectNode... rpcs) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode call : rpcs) {
            rpc.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), 200);
        String text = response.body();
        // Vaadin 25 answers with one JSON object; older versions wrapped an array in for(;;);
        JsonNode messages = JSON.readTree(text.startsWith(UIDL_PREFIX) ? text.substring(UIDL_PREFIX.length()) : text);
        if (!messages.isArray() && !messages.has("syncId")) {
            throw new ProtocolException("not a UIDL response: " + abbreviate(text));
        }
        List<NodeTree.Listener> announced = new ArrayList<>();
        for (JsonNode message : messages.isArray() ? messages : List.of(messages)) {
            handle(message, false);
            announced.addAll(NodeTree.newPropertyListeners(message.path("changes")));
        }
        clientId++;
        if (!announced.isEmpty()) {
            // what Chromium sends once after rendering new components (see NodeTree.newPropertyListeners)
            uidl(announced.stream().map(listener -> event(listener.node(), listener.event())).toArray(ObjectNode[]::new));
        }
    }

    /** Checks one message from the server and applies its changes. */
    private void handle(JsonNode message, boolean initial) {
        JsonNode meta = message.path("meta");
        if (meta.has("appError")) {
            throw new ProtocolException("the app reported an error: " + meta.path("appError"));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new ProtocolException("session expired");
        }
        if (message.has("syncId")) {
            int next = message.path("syncId").asInt();
            if (next <= syncId && !initial) {
                throw new ProtocolException("syncId did not advance: " + syncId + " → " + next);
            }
            syncId = next;
        }
        List<String> errors = new ArrayList<>();
        tree.apply(message.path("changes"), errors);
        if (!errors.isEmpty()) {
            throw new ProtocolException(step + " showed " + errors);
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "ja-JP");
        if (sessionCookie != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, int expectedStatus) {
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProtocolException(step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException(step + ": interrupted");
        } finally {
            recorder.record(step, System.nanoTime() - started);
        }
        recorder.bytes(step, response.body().length());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(cookie);
            if (session.find()) {
                sessionCookie = session.group(1);
            }
        }
        if (response.statusCode() != expectedStatus) {
            throw new ProtocolException(step + ": HTTP " + response.statusCode() + " from " + request.uri().getRawPath()
                    + " " + abbreviate(response.body()));
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
