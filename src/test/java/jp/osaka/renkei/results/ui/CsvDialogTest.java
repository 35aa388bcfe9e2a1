package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import java.nio.charset.Charset;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The CSV download warns, before anything is written, about characters that Shift_JIS cannot hold. */
@DemoDataTest
class CsvDialogTest extends SpringBrowserlessTest {

    private static final long SUMIYOSHI = 21;

    @Autowired
    WardService wards;

    @Test
    @WithUserDetails("admin")
    void choosingShiftJisNamesTheCharactersItWouldLose() {
        Ward ward = wards.findById(SUMIYOSHI).orElseThrow();
        Ward renamed = wards.rename(SUMIYOSHI, ward.getVersion(), "住𠮷区", ward.getNameEn());
        try {
            com.vaadin.flow.component.UI.getCurrent().navigate("results",
                    com.vaadin.flow.router.QueryParameters.fromString("round=2021"));
            test(find(Button.class).withId("download-csv").single()).click();
            Select<?> table = find(Select.class).withId("csv-table").single();
            RadioButtonGroup<Charset> encoding = find(RadioButtonGroup.class).withId("csv-encoding").single();

            test(encoding).selectItem("Shift_JIS（古いソフト向け）");
            assertThat(encoding.getValue()).isEqualTo(CsvFile.WINDOWS_31J);
            assertThat(find(Paragraph.class).withId("csv-warning").all()).as("counts have no ward names").isEmpty();

            selectTable(table, "区別の回答（区役所）");
            assertThat(find(Paragraph.class).withId("csv-warning").single().getText())
                    .contains("𠮷").contains("〓").contains("UTF-8");
        } finally {
            wards.rename(SUMIYOSHI, renamed.getVersion(), ward.getNameJa(), ward.getNameEn());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void selectTable(Select table, String label) {
        test(table).selectItem(label);
    }
}
