package jp.osaka.renkei;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Text as people and attackers type it, for property-based tests: any characters (lone surrogates
 * included), control characters, full-width and kana, emoji (with joiners and beyond the BMP), SQL,
 * HTML and spreadsheet formulas, blanks, and very long text.
 *
 * <p>Generated from a seed, so that a failure can be replayed: the seed is {@value #DEFAULT_SEED} unless
 * the system property {@code badinput.seed} names another (e.g. {@code -Dbadinput.seed=42}), and the
 * tests name the seed and the case in their failure messages.
 */
public final class BadInput {

    static final long DEFAULT_SEED = 20261125L;

    private final Random random;
    private final long seed;

    private BadInput(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator from the seed of this run. */
    public static BadInput generator() {
        return new BadInput(Long.getLong("badinput.seed", DEFAULT_SEED));
    }

    /** {@code count} texts from the seed of this run. */
    public static List<String> texts(int count) {
        BadInput input = generator();
        return IntStream.range(0, count).mapToObj(i -> input.text()).toList();
    }

    public long seed() {
        return seed;
    }

    /** "case 12 of seed 20261125", for failure messages. */
    public String describe(int index) {
        return "case " + index + " of seed " + seed + " (-Dbadinput.seed=" + seed + ")";
    }

    public String text() {
        return switch (random.nextInt(7)) {
            case 0 -> chars(40, this::anyChar);
            case 1 -> chars(10, () -> (char) random.nextInt(0x20));
            case 2 -> chars(20, () -> (char) ('\uff01' + random.nextInt('\uff5e' - '\uff01' + 1)));
            case 3 -> chars(20, () -> (char) ('\u3041' + random.nextInt('\u30ff' - '\u3041' + 1)));
            case 4 -> SAMPLES.get(random.nextInt(SAMPLES.size()));
            case 5 -> ofLength(3000 + random.nextInt(3001), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
            default -> nearTheLimits();
        };
    }

    /** Up to {@code maxRows} rows of up to {@code maxCells} texts each. */
    public List<List<String>> rows(int maxRows, int maxCells) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = random.nextInt(maxRows + 1); r > 0; r--) {
            rows.add(IntStream.range(0, random.nextInt(maxCells + 1)).mapToObj(i -> text()).toList());
        }
        return rows;
    }

    /** Up to {@code maxLength} random bytes. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Lengths on either side of the app's limits (200, 500, 1000, 2000 characters), where off-by-one errors live. */
    private String nearTheLimits() {
        int limit = List.of(200, 500, 1000, 2000).get(random.nextInt(4));
        int length = limit - 15 + random.nextInt(26);
        return ofLength(length, limit == 200 ? "連aｱ" : "連a");
    }

    /** Any UTF-16 unit, lone surrogates included, sometimes a whole code point beyond the BMP. */
    private String anyChar() {
        if (random.nextInt(8) == 0) {
            return Character.toString(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
        }
        return String.valueOf((char) random.nextInt(0x10000));
    }

    private String chars(int maxLength, Supplier<?> source) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(source.get());
        }
        return text.toString();
    }

    private String ofLength(int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static final List<String> SAMPLES = List.of("😀", "👨‍👩‍👧", "𠮷野家", "'; DROP TABLE rating; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=1+1", "@SUM(A1)", "\"\"", ",", "\r\n",
            "北区", "2021", "区役所", "とても連携できている", "5", "", " ", "\u3000", "\u200b", "${7*7}", "{0}", "'", "%s");
}
