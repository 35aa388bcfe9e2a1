package jp.osaka.renkei.base.ui;

import com.vaadin.flow.server.DependencyFilter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ui.Dependency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The app's own scripts ({@code frontend/scripts}, e.g. the chart glue) are loaded with their content's hash in the
 * URL ({@code ?v-c=}), as Vaadin does for style sheets: the browser then keeps them for a year (Vaadin serves a URL
 * with {@code v-c} as immutable in production) and a changed script has a new URL. docs/performance.md, "Page weight".
 */
@Component
class VersionedScripts implements VaadinServiceInitListener, DependencyFilter {

    static final String PREFIX = "context://scripts/";
    /** Vaadin's content-hash parameter (ApplicationConstants.CONTENT_HASH_PARAMETER). */
    static final String HASH_PARAMETER = "v-c";

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addDependencyFilter(this);
    }

    @Override
    public List<Dependency> filter(List<Dependency> dependencies, VaadinService service) {
        return dependencies.stream().map(this::versioned).toList();
    }

    private Dependency versioned(Dependency dependency) {
        String url = dependency.getUrl();
        if (dependency.getType() != Dependency.Type.JAVASCRIPT || url == null || !url.startsWith(PREFIX)
                || url.contains("?")) {
            return dependency;
        }
        String hash = hashes.computeIfAbsent(url, VersionedScripts::hash);
        return new Dependency(dependency.getType(), url + "?" + HASH_PARAMETER + "=" + hash, dependency.getLoadMode(),
                dependency.getId());
    }

    /** The first 8 hexadecimal digits of the SHA-256 of the file that frontend/ puts under META-INF/resources. */
    static String hash(String url) {
        String resource = "META-INF/resources/" + url.substring("context://".length());
        try (InputStream in = VersionedScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no script " + resource + " on the classpath");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
