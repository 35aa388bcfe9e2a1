package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;

/** A date picker that speaks the user's language: month and weekday names from java.time, our texts. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = AppLocales.supported(picker.getLocale());
        picker.setLocale(locale);
        // The calendar starts on Sunday, as Japanese calendars do; weekdays are listed from Sunday.
        List<DayOfWeek> week = Arrays.asList(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(0)
                .setDateFormat(AppLocales.isJapanese(locale) ? "yyyy/MM/dd" : "yyyy-MM-dd")
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("answer.confirm.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("date.invalid")));
        return picker;
    }
}
