package jp.osaka.renkei.base;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sticky sessions behind a load balancer: with {@code renkei.instance-route} (INSTANCE_ROUTE) set, Tomcat
 * appends it to every session id as its jvmRoute ({@code JSESSIONID=…​.a}), so that an ordinary proxy can send a
 * session's requests to the instance that holds it by the cookie alone (docker/nginx/renkei-nginx.conf).
 * A new id at sign-in (Spring Security's session fixation protection) is made by the same Tomcat and keeps it.
 */
@Configuration(proxyBeanMethods = false)
class InstanceRoute {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> instanceRouteCustomizer(
            InstanceProperties instance) {
        String route = instance.instanceRoute(); // checked as it is bound
        return factory -> {
            if (route.isBlank()) {
                return;
            }
            // The engine is the context's grandparent (context → host → engine) once the context is added, which is
            // before it starts; its session manager reads the route when it starts.
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }));
        };
    }
}
