package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;

import java.time.LocalDate;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.i18n.AppLocales;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What Vaadin would otherwise say in English, and the error pages' heading and title (JIS X 8341-3 2.4.2,
 * 1.3.1, 3.1.1): in Japanese for a user in Japanese, in English for one in English.
 */
@DemoDataTest
class VaadinTextsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("ward-kita")
    void theNotFoundPageHasAnH1AndADocumentTitle() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("ページが見つかりません");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("ページが見つかりません | 連携");
    }

    @Test
    @WithUserDetails("ward-kita")
    void theNotFoundPageTitleIsInEnglishForAnEnglishUser() {
        UI.getCurrent().setLocale(AppLocales.ENGLISH);
        navigate("no-such-page", NotFoundView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Renkei");
    }

    @Test
    @WithUserDetails("ward-kita")
    void theMenuToggleAndTheDrawerAreNamedInJapanese() {
        UI.getCurrent().navigate("");

        DrawerToggle toggle = find(DrawerToggle.class).single();
        assertThat(toggle.getAriaLabel()).hasValue("メニューの表示・非表示");
        AppLayout layout = find(MainLayout.class).single();
        assertThat(layout.getI18n().getDrawer()).isEqualTo("メニュー");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aJapaneseDatePickerShowsThePickedDateInTheEraStyleBeneath() {
        DatePicker picker = DatePickers.create("期限");
        assertThat(picker.getI18n().getDateFormats()).containsExactly("yyyy/MM/dd");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isZero();
        assertThat(picker.getI18n().getMonthNames()).startsWith("1月", "2月");

        picker.setValue(LocalDate.of(2026, 9, 1));

        assertThat(picker.getHelperText()).isEqualTo("令和8年（2026年）9月1日（火）");
    }
}
