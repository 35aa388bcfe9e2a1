package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.WardAccountFixture;
import jp.osaka.renkei.survey.WardStatusRow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 回答状況 marks a ward and respondent type that no enabled account can answer, and counts them with a link. */
@DemoDataTest
class NoAccountStatusViewTest extends SpringBrowserlessTest {

    /** 西淀川区 is the 11th row; columns: ward, 区役所, its button, 相談支援室, its button. */
    private static final int ROW = 10;
    private static final int OFFICE = 1;
    private static final int ROOM = 3;

    @Autowired
    UserAdministrationService administration;

    @Test
    @WithUserDetails("admin")
    void aSupportRoomWithoutAnEnabledAccountIsMarkedUntilItsAccountIsEnabledAgain() {
        navigate(StatusView.class);
        assertThat(markers(ROW, ROOM)).isEmpty();
        long before = missingCount();

        WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_ROOM, false);
        try {
            navigate(StatusView.class);
            assertThat(markers(ROW, ROOM)).extracting(Badge::getText).containsExactly("アカウントなし");
            assertThat(markers(ROW, OFFICE)).as("区役所 still has its account").isEmpty();
            assertThat(missingCount()).isEqualTo(before + 1);
            Paragraph line = find(Paragraph.class).withClassName("status-no-account").single();
            assertThat(find(Anchor.class, line).single().getHref()).isEqualTo("admin/users");
        } finally {
            WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_ROOM, true);
        }

        navigate(StatusView.class);
        assertThat(markers(ROW, ROOM)).isEmpty();
        assertThat(missingCount()).isEqualTo(before);
    }

    private List<Badge> markers(int row, int column) {
        @SuppressWarnings("unchecked")
        GridTester<Grid<WardStatusRow>, WardStatusRow> grid = test(find(Grid.class).withId("status-grid").single());
        Component cell = grid.getCellComponent(row, column);
        return find(Badge.class, cell).withClassName("no-account").all();
    }

    /** The summary's count, 0 when the line is hidden. */
    private long missingCount() {
        Paragraph line = find(Paragraph.class).withClassName("status-no-account").single();
        if (!line.isVisible()) {
            return 0;
        }
        Matcher count = Pattern.compile("(\\d+)件").matcher(line.getElement().getTextRecursively());
        assertThat(count.find()).as(line.getElement().getTextRecursively()).isTrue();
        return Long.parseLong(count.group(1));
    }
}
