package jp.osaka.renkei.account;


import java.util.Arrays;

import jp.osaka.renkei.Application;
import jp.osaka.renkei.base.security.DemoIdentityProvider;

import org.springframework.boot.SpringApplication;


/**
 * The demo with sign-in through the city's directory: the in-memory LDAP directory on port 10389, the OpenID Connect
 * provider on 9000, then Renkei with the directory-demo profile (application-directory-demo.yml) on 8080:
 * {@code ./mvnw spring-boot:test-run -Dspring-boot.run.main-class=jp.osaka.renkei.account.DirectoryDemo},
 * then http://127.0.0.1:8080. With the demo profile unless another is chosen (as ./mvnw spring-boot:run): its local
 * accounts (password demo) keep working next to the directory people (password directory-demo).
 */
public final class DirectoryDemo {

    static final int LDAP_PORT = 10389;
    static final int PROVIDER_PORT = 9000;

    private DirectoryDemo() {
    }

    public static void main(String[] args) {
        InMemoryDirectory directory = InMemoryDirectory.start(LDAP_PORT);
        DemoIdentityProvider provider = DemoIdentityProvider.start(directory, PROVIDER_PORT, "http://127.0.0.1:8080");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.close();
            directory.stop();
        }));
        SpringApplication renkei = new SpringApplication(Application.class);
        // with a profile of its own active, the demo profile (spring.profiles.default) would no longer apply
        boolean chosen = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.profiles.active="))
                || System.getProperty("spring.profiles.active") != null
                || System.getenv("SPRING_PROFILES_ACTIVE") != null;
        renkei.setAdditionalProfiles(chosen ? new String[] {"directory-demo"} : new String[] {"demo", "directory-demo"});
        renkei.run(args);
    }
}
