package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.results.FindingLists;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.FindingSummary;
import jp.osaka.renkei.results.Findings;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators curate the same 所見: one on this screen, the other in their own session after the first
 * opened it. The later change is refused with the stale dialog, the other's change stays, and a finding being
 * written stays in its dialog until the administrator reloads.
 */
@DemoDataTest
class ConcurrentFindingsEditTest extends SpringBrowserlessTest {

    private static final RespondentType ROOM = RespondentType.SUPPORT_ROOM;

    @Autowired
    FindingService findings;
    @Autowired
    UserAccountService accounts;
    @Autowired
    RoundService rounds;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test starts from a list nobody has edited: no version row yet. */
    @BeforeEach
    @AfterEach
    void backToGenerated() {
        FindingLists.untouched(findings, rounds, jdbc, 2021, ROOM);
    }

    @Test
    @WithUserDetails("admin")
    void aFindingSavedAfterAnotherAdministratorsEditIsRefusedWithTheStaleDialogAndTheInputStays() {
        open();
        Findings seen = findings.findings(2021, ROOM);
        test(button("finding-edit-1")).click();
        test(find(TextArea.class).withId("finding-ja").single()).setValue("こちらで書き換えた所見。");
        inOtherSession(() -> findings.edit(2021, ROOM, seen.version(), 1, "ほかの管理者が書いた所見。", null));

        test(button("finding-ok")).click();

        ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
        assertThat(stale.getElement().getProperty("message")).startsWith("この所見は、あなたが開いた後に")
                .contains("あなたの変更は保存されていません");
        assertThat(texts()).as("the screen still shows what the administrator saw")
                .containsExactlyElementsOf(seen.lines().stream().map(FindingSummary::textJa).toList());
        assertThat(find(TextArea.class).withId("finding-ja").single().getValue())
                .as("the administrator's own text is still there to copy").isEqualTo("こちらで書き換えた所見。");
        assertThat(stored().get(1)).isEqualTo("ほかの管理者が書いた所見。");

        test(stale).confirm();
        assertThat(find(FindingDialog.class).exists()).isFalse();
        assertThat(texts().get(1)).isEqualTo("ほかの管理者が書いた所見。");
    }

    @Test
    @WithUserDetails("admin")
    void aMoveAfterAnotherAdministratorsResetIsRefusedAndNothingMoves() {
        inOtherSession(() -> findings.add(2021, ROOM, findings.findings(2021, ROOM).version(), "独自の所見。", null));
        open();
        List<String> before = stored();
        inOtherSession(() -> findings.reset(2021, ROOM, findings.findings(2021, ROOM).version()));
        List<String> generated = stored();

        test(button("finding-down-0")).click();

        assertThat(find(ConfirmDialog.class).withId("stale-dialog").exists()).isTrue();
        assertThat(stored()).isEqualTo(generated).isNotEqualTo(before);
    }

    private void open() {
        navigate(ResultsView.class);
        UI.getCurrent().navigate(ResultsView.class,
                QueryParameters.simple(Map.of("round", "2021", "compare", "2017", "type", "support-room")));
    }

    private List<String> texts() {
        return find(com.vaadin.flow.component.html.ListItem.class).all().stream()
                .filter(item -> item.getId().orElse("").startsWith("finding-"))
                .map(item -> item.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    private List<String> stored() {
        return findings.findings(2021, ROOM).lines().stream().map(FindingSummary::textJa).toList();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    private void inOtherSession(Runnable work) {
        RunAs.call(accounts.loadUserByUsername("admin"), (Supplier<Void>) () -> {
            work.run();
            return null;
        });
    }
}
