package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.ui.AccessDeniedView;
import jp.osaka.renkei.base.ui.NotFoundView;
import jp.osaka.renkei.base.ui.UnexpectedErrorView;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may open which response by its URL: the refusals come from the service, shown in Japanese. */
@DemoDataTest
class ResponseAccessViewTest extends SpringBrowserlessTest {

    private static final String NISHINARI_WARD_OFFICE = "responses/2025/271225/ward-office";

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserWhoTypesAnotherWardsUrlIsRefusedInsideTheLayout() {
        navigate(NISHINARI_WARD_OFFICE, AccessDeniedView.class);

        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("このページを表示する権限がありません");
        assertThat(find(Button.class).withId("back-home").exists()).isTrue();
        assertThat(find(RadioButtonGroup.class).exists()).as("no answer of the other ward is shown").isFalse();
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserCanOpenTheOtherRespondentsResponseOfTheirOwnWardButNotEditIt() {
        navigate("responses/2021/271276/support-room", ResponseView.class);

        assertThat(find(RadioButtonGroup.class).withClassName("item-levels").all())
                .hasSize(12).allSatisfy(group -> assertThat(group.isReadOnly()).isTrue());
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserCannotOpenTheAdministratorsStatusScreen() {
        assertThatThrownBy(() -> navigate(StatusView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NotFoundView.class.getName());
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsAnyWardsResponseWithoutEditingIt() {
        navigate("responses/2025/271284/ward-office", ResponseView.class);

        assertThat(find(RadioButtonGroup.class).withClassName("item-levels").all())
                .hasSize(12).allSatisfy(group -> {
                    assertThat(group.isReadOnly()).isTrue();
                    assertThat(group.getValue()).isNotNull();
                });
        assertThat(find(Button.class).withId("submit").exists()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesNoIndividualResponses() {
        assertThatThrownBy(() -> navigate(NISHINARI_WARD_OFFICE, ResponseView.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NotFoundView.class.getName());
    }

    @Test
    @WithUserDetails("admin")
    void anUnknownWardOrYearShowsTheAppsOwnPages() {
        navigate("responses/2025/999999/ward-office", NotFoundView.class);
        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("ページが見つかりません");

        navigate("responses/1999/271276/ward-office", UnexpectedErrorView.class);
        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("ページが見つかりません");
    }
}
