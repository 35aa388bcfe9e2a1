package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Texts of a given length in characters (code points, as MariaDB counts {@code VARCHAR(n)} in utf8mb4), for the
 * property tests of every length the database limits: ASCII, kana and kanji, half-width kana, characters beyond the
 * BMP (𠮷, emoji: one character, two UTF-16 units, four bytes) and combining marks (one character each). No blanks
 * at either end, so a trimmed text is the text. Seeded like {@link BadInput} ({@code -Dbadinput.seed=42}).
 */
public final class LimitedText {

    private static final int[][] RANGES = {{'a', 'z'}, {'0', '9'}, {0x3041, 0x3093}, {0x4E00, 0x9FFF},
        {0xFF66, 0xFF9D}, {0x20000, 0x2A6DF}, {0x1F600, 0x1F64F}, {0x0300, 0x036F}, {0x3099, 0x309A}};

    private LimitedText() {
    }

    /** {@code count} texts of 1 to {@code limit} characters: the edges first (all 𠮷, all ASCII), then random. */
    public static List<String> within(int limit, int count) {
        return texts(count, limit, 1, limit);
    }

    /** {@code count} texts over {@code limit} characters, the edges (one too many) first. */
    public static List<String> over(int limit, int count) {
        return texts(count, limit + 1, limit + 1, limit + 1 + Math.max(1, limit / 2));
    }

    /** The call is refused with the message key naming the field, whose argument is the limit. */
    public static void refused(ThrowingCallable call, String messageKey, int limit) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).containsExactly(limit);
        });
    }

    private static List<String> texts(int count, int edge, int min, int max) {
        Random random = new Random(Long.getLong("badinput.seed", BadInput.DEFAULT_SEED) + edge);
        List<String> texts = new ArrayList<>(List.of("𠮷".repeat(edge), "a".repeat(edge), "e\u0301".repeat(edge / 2)
                + "あ".repeat(edge % 2)));
        while (texts.size() < count) {
            // half exactly at the edge, where off-by-one and UTF-16 counting go wrong
            int length = random.nextBoolean() ? edge : min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder().appendCodePoint('区');
            while (text.codePointCount(0, text.length()) < length - 1) {
                int[] range = RANGES[random.nextInt(RANGES.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            texts.add(length == 1 ? text.toString() : text.appendCodePoint(0x20BB7).toString());
        }
        texts.forEach(text -> assertThat(TextLimit.length(text)).isBetween(min, max));
        return texts;
    }
}
