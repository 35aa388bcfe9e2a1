package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.Rating;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A ward's comment of the longest length, one unbroken string (as a pasted URL is), wraps inside its item's
 * panel on 集計結果 instead of widening the panel or the page. A round of its own (closed, so the bureau
 * follows it), which no other test reads, removed afterwards.
 */
class LongCommentE2E extends EndToEndTest {

    private static final int ROUND = 2092;
    private static final long FUKUSHIMA = 3;
    private static final String LONG = "https://example.jp/" + "a".repeat(Rating.MAX_COMMENT_LENGTH - 19);

    @Autowired
    ApplicationContext context;
    private SurveyFixture fixture;

    @BeforeEach
    void arrangeARoundWithALongComment() {
        fixture = SurveyFixture.of(context);
        fixture.pastRound(ROUND);
        SystemActor.run(() -> {
            List<AnswerInput> answers = context.getBean(InstrumentService.class)
                    .items(ROUND, RespondentType.WARD_OFFICE).stream()
                    .map(item -> new AnswerInput(item.id(), Level.WELL, item.itemNo() == 1 ? LONG : null))
                    .toList();
            context.getBean(ResponseService.class).recordOnBehalf(
                    new ResponseKey(ROUND, FUKUSHIMA, RespondentType.WARD_OFFICE), answers, true, "long-comment-e2e",
                    Instant.parse("2026-01-15T01:00:00Z"));
        });
    }

    @AfterEach
    void removeTheRound() {
        fixture.removeAll();
    }

    @Test
    void aVeryLongUnbrokenCommentWrapsInsideItsItemsPanel() {
        signIn("admin");
        open("results?round=" + ROUND + "&type=ward-office");

        Locator panel = page.locator("#item-MEDICAL_ASSOCIATION");
        Locator comment = panel.locator(".comment-text");
        assertThat(comment).hasText(LONG);
        assertThat(page.locator(".item-result")).hasCount(12);
        BoundingBox text = comment.boundingBox();
        BoundingBox item = panel.boundingBox();
        BoundingBox neighbour = page.locator("#item-DENTAL_ASSOCIATION").boundingBox();
        BoundingBox content = page.locator(".results-content").boundingBox();

        assertThat(text.x + text.width).as("the comment's right edge").isLessThanOrEqualTo(item.x + item.width);
        assertThat(item.width).as("the panel keeps the width of its neighbour").isEqualTo(neighbour.width);
        assertThat(item.x + item.width).as("the panel's right edge").isLessThanOrEqualTo(content.x + content.width);
        assertThat(text.height).as("wrapped onto several lines").isGreaterThan(40);
        assertThat(comment.evaluate("e => e.scrollWidth <= e.clientWidth")).as("no text beyond its box").isEqualTo(true);
        comment.scrollIntoViewIfNeeded();
        screenshot("long-comment-results");
    }
}
