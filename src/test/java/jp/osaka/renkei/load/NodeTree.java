package jp.osaka.renkei.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of the server's state tree, as far as a simulated user needs it: each node's tag,
 * properties, attributes and children, kept up to date from the {@code changes} of every response.
 */
final class NodeTree {

    /** Vaadin Flow's node features, as numbered in the protocol. */
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    /** Ids of what the app shows instead of what was asked: error pages and refusing dialogs. */
    private static final Set<String> ERROR_IDS = Set.of("error-title", "incomplete-dialog",
            "stale-dialog");

    static final class Node {
        final int id;
        @Nullable String tag;
        String text = "";
        final Map<String, String> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> byElementId = new HashMap<>();

    /**
     * Applies the changes of one response; adds to {@code errors} whatever in them a user would see as an
     * error: an error notification, an error page, a dialog that refuses the action.
     */
    void apply(JsonNode changes, List<String> errors) {
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> remove(id);
                case "put" -> put(node(id), change, errors);
                case "remove" -> removeKey(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> { }
            }
        }
    }

    /** A DOM event the server listens to on a node. */
    record Listener(int node, String event) {
    }

    /**
     * The property-change events ({@code value-changed}, {@code opened-changed}, …) the server listens to on the
     * nodes these changes attach, newest node first. Chromium sends each of them once, with empty data, in one
     * request right after it has rendered such components (the web components announce their initial
     * properties); recorded with Playwright.
     */
    static List<Listener> newPropertyListeners(JsonNode changes) {
        Set<Integer> attached = new HashSet<>();
        List<Listener> listeners = new ArrayList<>();
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            String key = change.path("key").asString("");
            if (type.equals("attach")) {
                attached.add(id);
            } else if (type.equals("put") && change.path("feat").asInt() == LISTENERS && key.endsWith("-changed")
                    && attached.contains(id)) {
                listeners.add(new Listener(id, key));
            }
        }
        listeners.sort(Comparator.comparingInt(Listener::node).reversed());
        return listeners;
    }

    private void put(Node node, JsonNode change, List<String> errors) {
        String key = change.path("key").asString("");
        JsonNode value = change.get("value");
        String text = value == null || value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = text;
                }
            }
            case PROPERTIES -> node.properties.put(key, text);
            case TEXT -> node.text = text;
            case ATTRIBUTES -> {
                node.attributes.put(key, text);
                if (key.equals("id")) {
                    byElementId.put(text, node.id);
                    if (ERROR_IDS.contains(text)) {
                        errors.add("#" + text);
                    }
                } else if (key.equals("theme") && "vaadin-notification".equals(node.tag) && text.contains("error")) {
                    errors.add("error notification");
                }
            }
            default -> { }
        }
    }

    private void removeKey(Node node, JsonNode change) {
        String key = change.path("key").asString("");
        int feature = change.path("feat").asInt();
        if (feature == PROPERTIES) {
            node.properties.remove(key);
        } else if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
            if (key.equals("id")) {
                byElementId.values().remove(node.id);
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = Math.min(index, node.children.size());
            for (JsonNode child : added) {
                node.children.add(at++, child.asInt());
            }
        }
    }

    private void remove(int id) {
        Node node = nodes.remove(id);
        if (node != null && node.attributes.containsKey("id")) {
            byElementId.remove(node.attributes.get("id"), id);
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The node of the element with this id ({@code setId} in the view), if it is attached. */
    Optional<Node> byId(String elementId) {
        Integer id = byElementId.get(elementId);
        return id == null ? Optional.empty() : Optional.ofNullable(nodes.get(id));
    }

    Node require(String elementId) {
        return byId(elementId).orElseThrow(() -> new ProtocolException("no element #" + elementId + " on the page"));
    }

    List<Node> children(Node parent) {
        return parent.children.stream().map(nodes::get).filter(n -> n != null).toList();
    }

    /** Every node below the parent (depth first), e.g. the radio buttons inside a radio group. */
    List<Node> descendants(Node parent) {
        List<Node> all = new ArrayList<>();
        for (Node child : children(parent)) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }

    /** The text a user reads in the node: the text nodes below it, joined. */
    String text(Node node) {
        StringBuilder text = new StringBuilder(node.text);
        for (Node child : children(node)) {
            text.append(text(child));
        }
        return text.toString();
    }
}
