package jp.osaka.renkei.base.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a reverse proxy: the client's address from X-Forwarded-For and HTTPS from X-Forwarded-Proto, but only on
 * requests whose direct peer is one of renkei.proxy.trusted; from anyone else the headers change nothing.
 * server.forward-headers-strategy stays none: Spring Boot's own valve would trust every private network.
 */
@Configuration(proxyBeanMethods = false)
public class ForwardedHeaders {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedHeadersCustomizer(ProxyProperties proxies) {
        return factory -> {
            if (!proxies.trusted().isEmpty()) {
                factory.addEngineValves(valve(proxies));
            }
        };
    }

    static RemoteIpValve valve(ProxyProperties proxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies.cidrList()); // replaces Tomcat's default: all private networks
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        // the host and port stay the request's own: the app builds no URL from them (RelativeRedirects, PublicAddress)
        valve.setHostHeader(null);
        valve.setPortHeader(null);
        return valve;
    }
}
