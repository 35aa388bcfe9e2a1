package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.account.WardAccountFixture;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** ユーザー管理 names the wards and roles that no enabled account covers, or says that every ward has both. */
@DemoDataTest
class AccountCoverageNoticeTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    WardService wards;

    @Test
    @WithUserDetails("admin")
    void aWardOfficeWithoutAnEnabledAccountIsNamedUntilANewAccountCoversIt() {
        navigate(UsersView.class);
        assertThat(notice()).doesNotContain("西淀川区（区役所担当者）");

        WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_OFFICE, false);
        try {
            reopenUsers();
            assertThat(notice()).startsWith("回答できるアカウントがない区: ").contains("西淀川区（区役所担当者）")
                    .doesNotContain("西淀川区（相談支援室）");

            administration.create("ward-nishiyodogawa-2", "西淀川区役所 第二", Role.WARD_OFFICE,
                    TestWards.NISHIYODOGAWA.id(), null);
            reopenUsers();
            assertThat(notice()).doesNotContain("西淀川区（区役所担当者）");
        } finally {
            WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_OFFICE, true);
            if (administration.findAll().stream().anyMatch(u -> u.username().equals("ward-nishiyodogawa-2"))) {
                WardAccountFixture.enable(administration, "ward-nishiyodogawa-2", false);
            }
        }
    }

    @Test
    @WithUserDetails("admin")
    void whenEveryWardHasBothTheNoticeSaysSo() {
        navigate(UsersView.class);
        WardAccountCoverage everyWard = Mockito.mock(WardAccountCoverage.class);
        Mockito.when(everyWard.activeWardRoles()).thenReturn(wards.findAll().stream().collect(Collectors.toMap(
                Ward::getId, ward -> (Set<Role>) EnumSet.of(Role.WARD_OFFICE, Role.SUPPORT_ROOM))));

        AccountCoverageNotice notice = new AccountCoverageNotice(everyWard, wards.findAll());
        notice.refresh();

        assertThat(notice.getText()).isEqualTo("すべての区に区役所・相談支援室の有効なアカウントがあります。");
        assertThat(notice.getClassNames()).contains("coverage-complete");
    }

    /** Navigating to the view already shown keeps its instance: come from another screen, as a user does. */
    private void reopenUsers() {
        navigate(AccountView.class);
        navigate(UsersView.class);
    }

    private String notice() {
        return find(Paragraph.class).withId("account-coverage").single().getText();
    }
}
