package jp.osaka.renkei.ops;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jp.osaka.renkei.survey.Level;

/** The writers' saves over HTTP to {@link CrashTestEndpoint} in the child JVM; 200 is the acknowledgement. */
final class HttpApp implements AnswerWriters.App {

    private final int port;
    private final int fiscalYear;

    HttpApp(int port, int fiscalYear) {
        this.port = port;
        this.fiscalYear = fiscalYear;
    }

    @Override
    public long save(long wardId, int itemNo, Level level, String comment, long expectedVersion) throws IOException {
        return save(wardId, itemNo, level, comment, expectedVersion, 0);
    }

    /** A save that the app works on for {@code pauseMillis} first. */
    long save(long wardId, int itemNo, Level level, String comment, long expectedVersion, long pauseMillis)
            throws IOException {
        return Long.parseLong(Http.post(port, "/crash-test/save?year=" + fiscalYear + "&ward=" + wardId + "&item="
                + itemNo + "&level=" + level.name() + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8)
                + "&version=" + expectedVersion + "&pause=" + pauseMillis).strip());
    }

    @Override
    public long submit(long wardId, long expectedVersion) throws IOException {
        return Long.parseLong(Http.post(port, "/crash-test/submit?year=" + fiscalYear + "&ward=" + wardId
                + "&version=" + expectedVersion).strip());
    }

    @Override
    public AnswerWriters.Progress progress(long wardId) throws IOException {
        String[] parts = Http.getOk(port, "/crash-test/progress?year=" + fiscalYear + "&ward=" + wardId).strip()
                .split(" ");
        return new AnswerWriters.Progress(Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1]));
    }
}
