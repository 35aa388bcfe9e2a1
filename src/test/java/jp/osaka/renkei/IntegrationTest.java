package jp.osaka.renkei;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application under the mysql profile, on a database of its own that
 * {@link IntegrationTestDatabase} creates on MariaDB (or MySQL) for this test JVM; skipped with one line
 * when there is no server ({@link IntegrationTestServer}). Every {@code *IT} uses exactly this, so that
 * they all share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(IntegrationTestServer.Required.class)
@SpringBootTest
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = IntegrationTestDatabase.class)
public @interface IntegrationTest {
}
