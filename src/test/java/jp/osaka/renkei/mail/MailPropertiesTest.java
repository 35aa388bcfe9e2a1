package jp.osaka.renkei.mail;

import static jp.osaka.renkei.BoundSettings.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** renkei.mail.due-cron: its default and a refused value. */
class MailPropertiesTest {

    @Test
    void withoutTheSettingTheMailsAboutDueActionsAreWrittenAtEight() {
        assertThat(bind("renkei.mail", MailProperties.class, Map.of()).dueCron()).isEqualTo("0 0 8 * * *");
    }

    @Test
    void aTimeThatIsNoCronExpressionIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind("renkei.mail", MailProperties.class, Map.of("renkei.mail.due-cron", "8:00")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("renkei.mail.due-cron");
    }
}
