package jp.osaka.renkei.results;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points of a text the bureau writes one per line (まとめ, 今後の方向性), with the hierarchy it wrote: a line
 * starting ＃ or # is a top-level heading (the seed's goals), ・, - or • a bullet, a number as written (1. １． (1)
 * （１） ① …) a numbered point, and leading spaces (half- or full-width) or tabs put a line a level below the less
 * indented line before it. Points under a heading are a level below it. Blank lines are dropped. Free of any
 * screen, so that every writer of the report (the printed 資料, slides) reads the text the same way.
 */
public final class Outline {

    /** What a line starts with. */
    public enum Marker {
        /** ＃ or #: a top-level heading. */
        HEADING,
        /** ・, -, •: a bullet. */
        BULLET,
        /** A number as written, kept in {@link Line#number()}; no bullet. */
        NUMBER,
        /** No marker: the line as written. */
        NONE
    }

    /**
     * One point.
     *
     * @param depth  0 for the top level; at most one more than the line before
     * @param number the number as written (「１．」, 「（２）」, 「③」) for {@link Marker#NUMBER}, else empty
     * @param text   the line without its indentation and marker
     */
    public record Line(int depth, Marker marker, String number, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("^[＃#]+[\\s\u3000]*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[・･\\-－•][\\s\u3000]*(.*)$");
    /** 1. １． 1) １） 1、 (1) （１） ① ㉑ ㊿; not 1.5 or 2021年. */
    private static final Pattern NUMBER = Pattern.compile(
            "^((?:[0-9０-９]+[.．)）、](?![0-9０-９])|[(（][0-9０-９]+[)）]|[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]))"
                    + "[\\s\u3000]*(.*)$");

    private Outline() {
    }

    public static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>(); // the indentation of each open level, the innermost first
        int base = 0;
        for (String raw : text.lines().toList()) {
            String content = raw.strip();
            if (content.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(content);
            if (heading.matches()) {
                if (heading.group(1).isBlank()) {
                    continue; // a marker alone: nothing to print
                }
                lines.add(new Line(0, Marker.HEADING, "", heading.group(1).strip()));
                open.clear();
                base = 1;
                continue;
            }
            int indent = indentation(raw);
            while (!open.isEmpty() && open.peek() > indent) {
                open.pop();
            }
            if (open.isEmpty() || open.peek() < indent) {
                open.push(indent);
            }
            Line line = line(base + open.size() - 1, content);
            if (!line.text().isEmpty() || !line.number().isEmpty()) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }

    private static Line line(int depth, String content) {
        Matcher bullet = BULLET.matcher(content);
        if (bullet.matches()) {
            return new Line(depth, Marker.BULLET, "", bullet.group(1).strip());
        }
        Matcher number = NUMBER.matcher(content);
        if (number.matches()) {
            return new Line(depth, Marker.NUMBER, number.group(1), number.group(2).strip());
        }
        return new Line(depth, Marker.NONE, "", content);
    }

    /** A tab counts as four half-width spaces and a full-width space as two, as they look. */
    private static int indentation(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case ' ' -> width += 1;
                case '\u3000' -> width += 2;
                case '\t' -> width += 4;
                default -> {
                    return width;
                }
            }
        }
        return width;
    }
}
