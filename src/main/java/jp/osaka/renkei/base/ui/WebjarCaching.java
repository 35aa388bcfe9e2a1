package jp.osaka.renkei.base.ui;

import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Webjars (ECharts for {@link Chart}) are served by Spring from {@code /webjars/<name>/<version>/…}: the version is in
 * the path, so the browser may keep them for a year. Registered before Spring Boot's own {@code /webjars/**}
 * handler, which then leaves the path to this one (it registers none where one exists).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebjarCaching implements WebMvcConfigurer {

    static final Duration KEPT = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(KEPT).cachePublic().immutable());
    }
}
