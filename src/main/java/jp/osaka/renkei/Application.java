package jp.osaka.renkei;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Renkei: the ward cooperation survey, its results and the follow-up, as one Spring Boot app. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/renkei.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        RunnableBuild.problem(Application.class.getClassLoader()).ifPresent(problem -> {
            System.err.println(problem);
            System.exit(1);
        });
        SpringApplication.run(Application.class, args);
    }
}
