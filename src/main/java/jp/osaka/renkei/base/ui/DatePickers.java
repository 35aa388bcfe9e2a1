package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.DateFormats;

/**
 * A date picker that speaks the user's language: month and weekday names from java.time, our texts. In Japanese
 * the field takes 2026/09/01 and shows the date in the app's one style (令和8年（2026年）9月1日（火）) beneath it,
 * and the calendar's days are read out in that style too instead of Vaadin's "1 9月 2026".
 */
public final class DatePickers {

    // Vaadin builds each day's accessible name as "<day> <month name> <year>, <weekday>"; in Japanese that
    // reads "1 9月 2026, 火曜日". This replaces it, once per page, for pages whose language is Japanese.
    private static final String DAY_LABELS = """
            customElements.whenDefined('vaadin-month-calendar').then(() => {
              const proto = customElements.get('vaadin-month-calendar').prototype;
              const original = proto.__computeDayAriaLabel;
              if (typeof original !== 'function' || proto.__renkeiDayLabels) {
                return;
              }
              proto.__renkeiDayLabels = true;
              const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {era: 'long', year: 'numeric'});
              const weekday = new Intl.DateTimeFormat('ja-JP', {weekday: 'short'});
              proto.__computeDayAriaLabel = function (date) {
                if (!date || !(document.documentElement.lang || '').startsWith('ja')) {
                  return original.call(this, date);
                }
                let label = era.format(date) + '（' + date.getFullYear() + '年）' + (date.getMonth() + 1) + '月'
                    + date.getDate() + '日（' + weekday.format(date) + '）';
                if (this._isToday && this._isToday(date)) {
                  label += '、' + this.i18n.today;
                }
                return label;
              };
            });""";

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
        if (AppLocales.isJapanese(locale)) {
            picker.addValueChangeListener(e -> picker.setHelperText(
                    e.getValue() == null ? null : DateFormats.date(e.getValue(), locale)));
            picker.addAttachListener(e -> picker.getElement().executeJs(DAY_LABELS));
        }
        return picker;
    }
}
