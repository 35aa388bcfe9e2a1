package jp.osaka.renkei.load;

import java.util.SplittableRandom;

/** A user's pauses: reading a new page, or between two actions on it. */
final class Think {

    /** No pauses at all: a user as fast as the server. */
    static final Think NONE = new Think(0, 0, 0, 0, 0);

    private final int pageMinMs;
    private final int pageMaxMs;
    private final int actionMinMs;
    private final int actionMaxMs;
    private final SplittableRandom random;

    Think(int pageMinMs, int pageMaxMs, int actionMinMs, int actionMaxMs, long seed) {
        this.pageMinMs = pageMinMs;
        this.pageMaxMs = pageMaxMs;
        this.actionMinMs = actionMinMs;
        this.actionMaxMs = actionMaxMs;
        this.random = new SplittableRandom(seed);
    }

    static Think of(LoadSettings settings, long seed) {
        return new Think(settings.pageThinkMinMs(), settings.pageThinkMaxMs(), settings.actionThinkMinMs(),
                settings.actionThinkMaxMs(), seed);
    }

    void page() {
        pause(pageMinMs, pageMaxMs);
    }

    void action() {
        pause(actionMinMs, actionMaxMs);
    }

    private void pause(int minMs, int maxMs) {
        if (maxMs > 0) {
            // one Think per user and thread: the generator is never shared
            sleep(minMs + (maxMs > minMs ? random.nextInt(maxMs - minMs + 1) : 0));
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted");
        }
    }
}
