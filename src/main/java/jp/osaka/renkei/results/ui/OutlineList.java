package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

import jp.osaka.renkei.results.Outline;

/**
 * まとめ or 今後の方向性 as nested lists, as the bureau wrote them ({@link Outline}): a heading in bold, a bullet as
 * ・, a numbered point with its own number instead of a bullet, each level of indentation a list within the item above.
 */
class OutlineList extends Composite<UnorderedList> {

    OutlineList(String text) {
        getContent().addClassNames("report-conclusions", "report-outline");
        List<Outline.Line> lines = Outline.parse(text);
        fill(getContent(), lines, 0, 0);
    }

    /** Adds the lines of {@code depth} from {@code from} on to the list; returns the index of the first line left. */
    private static int fill(UnorderedList list, List<Outline.Line> lines, int from, int depth) {
        int next = from;
        ListItem last = null;
        while (next < lines.size() && lines.get(next).depth() >= depth) {
            Outline.Line line = lines.get(next);
            if (line.depth() > depth && last != null) {
                UnorderedList nested = new UnorderedList();
                nested.addClassName("report-outline");
                last.add(nested);
                next = fill(nested, lines, next, line.depth());
                continue;
            }
            last = item(line);
            list.add(last);
            next++;
        }
        return next;
    }

    private static ListItem item(Outline.Line line) {
        ListItem item = new ListItem();
        item.addClassName("outline-" + line.marker().name().toLowerCase(java.util.Locale.ROOT));
        if (line.marker() == Outline.Marker.NUMBER) {
            Span number = new Span(line.number());
            number.addClassName("outline-number");
            item.add(number);
        }
        item.add(new Text(line.text())); // the item's own text, apart from the number and any list within
        return item;
    }
}
