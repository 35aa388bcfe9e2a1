package jp.osaka.renkei.base.ui;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected error under a short id that the user sees and can quote; never a stack trace on screen. */
final class ErrorIds {

    private static final Logger log = LoggerFactory.getLogger(ErrorIds.class);

    private ErrorIds() {
    }

    static String log(Throwable error) {
        String id = Integer.toString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF), 16).toUpperCase();
        log.error("Unexpected error {}", id, error);
        return id;
    }
}
