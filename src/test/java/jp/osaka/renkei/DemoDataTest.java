package jp.osaka.renkei;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on an in-memory H2 with the demo data, for browserless and end-to-end tests.
 * The database settings go in as test properties because ./config/application.yml (read in tests
 * too, and stronger than any profile file on the classpath) would otherwise point at ./data. The tests share the
 * database: those that change a ward's demo data use the wards of their area in {@link TestWards}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:renkei-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.demo-data=true",
        "renkei.scheduling.enabled=false",
        // every test client comes from 127.0.0.1: SessionLimitsHttpTest sets the bound it proves
        "renkei.security.new-sessions-per-address=0"})
public @interface DemoDataTest {

    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
