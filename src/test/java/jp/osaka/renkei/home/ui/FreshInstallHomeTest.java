package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;

import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A fresh installation (Liquibase's master data and seeded goals, no demo): the first administrator sees
 * はじめに行うこと with only 区 done, and the seeded KPIs name baseline and target rounds that do not exist yet.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:renkei-fresh;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.demo-data=false",
        "renkei.scheduling.enabled=false",
        "renkei.security.new-sessions-per-address=0",
        "renkei.initial-admin.username=first-admin",
        "renkei.initial-admin.password=kawa no nagare wa taezu shite 2026"})
class FreshInstallHomeTest extends SpringBrowserlessTest {

    @Autowired
    KpiService kpis;
    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("first-admin")
    void theFirstAdministratorSeesTheChecklistWithOnlyTheWardsDone() {
        navigate(HomeView.class);

        Card card = find(Card.class).withId("first-run").single();
        assertThat(find(ListItem.class, card).all()).extracting(ListItem::getClassNames)
                .allSatisfy(names -> assertThat(names).hasSize(1))
                .extracting(names -> names.iterator().next())
                .containsExactly("first-run-done", "first-run-todo", "first-run-todo", "first-run-todo",
                        "first-run-todo");
    }

    @Test
    @WithUserDetails("first-admin")
    void theSeededKpisNameRoundsThatDoNotExistSoTheirStepIsNotDone() {
        assertThat(rounds.findAll()).isEmpty();
        assertThat(kpis.all()).isNotEmpty().extracting(KpiResult::definition)
                .allSatisfy(kpi -> assertThat(rounds.findByFiscalYear(kpi.baselineYear())).isEmpty());

        navigate(HomeView.class);

        assertThat(find(ListItem.class).withId("first-run-goal-rounds").single().getClassNames())
                .contains("first-run-todo");
    }
}
