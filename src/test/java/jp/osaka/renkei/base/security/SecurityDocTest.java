package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.base.security.RouteAccessTable.Row;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;

import org.junit.jupiter.api.Test;

/** docs/security.md's access table says what {@link RouteAccessTable} says, row by row. */
class SecurityDocTest {

    /** A row of the table: | `route` | screen | then one cell per {@link Who}, each starting with ✓ or –. */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]*)`(?: \\(root\\))? \\|[^|]*((?:\\|[^|]*){5})\\|$");

    @Test
    void theAccessTableOfTheSecurityDocumentMatchesTheTestedTable() throws IOException {
        List<Row> documented = Files.readAllLines(Path.of("docs", "security.md")).stream()
                .map(ROW::matcher).filter(Matcher::matches).map(SecurityDocTest::row).toList();

        assertThat(documented).containsExactlyElementsOf(RouteAccessTable.ROWS.stream()
                .map(row -> new Row(row.route(), row.route(), row.allowed())).toList());
    }

    /** The documented row, with the route as its sample: the document names the samples in prose. */
    private static Row row(Matcher matcher) {
        List<String> cells = Arrays.stream(matcher.group(2).substring(1).split("\\|")).map(String::strip).toList();
        Set<Who> allowed = EnumSet.noneOf(Who.class);
        for (Who who : Who.values()) {
            if (cells.get(who.ordinal()).startsWith("✓")) {
                allowed.add(who);
            }
        }
        return new Row(matcher.group(1), matcher.group(1), allowed);
    }
}
