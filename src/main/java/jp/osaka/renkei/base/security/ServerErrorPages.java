package jp.osaka.renkei.base.security;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages Tomcat answers by itself, outside the app (400 for a malformed request, 413 for an upload over
 * the multipart limits): the app's security headers, and neither the server's name and version nor a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverErrorPagesCustomizer() {
        // the context is the host's child before the customizers run, and the host starts (adding its error
        // report valve of this class) only later
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            ((StandardHost) host).setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
        });
    }

    /** Tomcat's error report with the security headers, a status line alone in the body. */
    public static class HeaderedErrorReportValve extends ErrorReportValve {

        public HeaderedErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            // as the report itself: only where the app wrote nothing, i.e. Tomcat's own page
            if (response.getStatus() >= 400 && response.getContentWritten() == 0 && !response.isCommitted()) {
                SecurityHeaders.writeTo(request, response);
            }
            super.report(request, response, throwable);
        }
    }
}
