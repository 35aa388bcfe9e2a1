package jp.osaka.renkei.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/** Ends the app after a one-off command (generate, bench), with exit code 1 when the command failed. */
final class Command {

    private static final Logger log = LoggerFactory.getLogger(Command.class);

    private Command() {
    }

    static void runAndExit(ApplicationContext context, String name, Runnable work) {
        int code = 0;
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("{} failed", name, e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
