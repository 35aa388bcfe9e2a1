package jp.osaka.renkei.base;

/**
 * Data that must be in the database before anyone can sign in (the first administrator, the demo): each bean
 * loads once per start, in {@code @Order}, before the web server accepts its first request.
 */
@FunctionalInterface
public interface StartupData {

    /** Loads what is missing; finds what an earlier start loaded and leaves it. */
    void load();
}
