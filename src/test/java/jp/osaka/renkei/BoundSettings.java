package jp.osaka.renkei;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds a settings record from the given properties as Spring Boot does at start-up, with the record's defaults
 * and its constraints checked, without starting the app.
 */
public final class BoundSettings {

    private BoundSettings() {
    }

    /** The record bound under the prefix; a refused value throws Boot's BindException naming the property. */
    public static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.afterPropertiesSet();
            return new Binder(new MapConfigurationPropertySource(properties))
                    .bindOrCreate(prefix, Bindable.of(type), new ValidationBindHandler(validator));
        }
    }
}
