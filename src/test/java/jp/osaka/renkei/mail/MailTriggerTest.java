package jp.osaka.renkei.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The application on an in-memory H2 of the mail trigger tests alone (master data only, no demo data, nothing
 * scheduled), whose links start with https://renkei.example.jp.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:mailtriggers;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.scheduling.enabled=false",
        "renkei.mail.public-url=https://renkei.example.jp/"})
@interface MailTriggerTest {
}
