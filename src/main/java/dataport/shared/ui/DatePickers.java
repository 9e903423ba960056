package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's date pickers name months and weekdays, and label "Today" and "Cancel", in English unless given every text:
 * each date picker on the site takes them from here, in the reader's language, and formats dates by the reader's
 * locale.
 */
public final class DatePickers {

    private DatePickers() {}

    /** Localises {@code picker} by its owner's locale (usually the view). */
    public static void localise(DatePicker picker, Component owner) {
        picker.setLocale(locale(owner));
        picker.setI18n(texts(owner));
    }

    public static void localise(DateTimePicker picker, Component owner) {
        picker.setLocale(locale(owner));
        picker.setDatePickerI18n(texts(owner));
    }

    public static DatePicker.DatePickerI18n texts(Component owner) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(owner, "shared.date-picker.months"))
                .setWeekdays(list(owner, "shared.date-picker.weekdays"))
                .setWeekdaysShort(list(owner, "shared.date-picker.weekdays-short"))
                .setFirstDayOfWeek(Integer.parseInt(owner.getTranslation("shared.date-picker.first-day")))
                .setToday(owner.getTranslation("shared.date-picker.today"))
                .setCancel(owner.getTranslation("shared.date-picker.cancel"));
    }

    /** The owner's locale (getLocale() is protected): its translations say which one they are in. */
    private static Locale locale(Component owner) {
        return Locale.forLanguageTag(owner.getTranslation("shared.date-picker.locale"));
    }

    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(","))
                .map(String::strip)
                .toList();
    }
}
