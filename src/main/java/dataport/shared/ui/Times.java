package dataport.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import dataport.shared.Languages;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a page shows a point in time: in the reader's time zone (the browser's, remembered in the session), or
 * Asia/Shanghai while it is unknown, and always labelled with the offset ("2026-12-07 09:30 UTC+8"), so staff in
 * different places, and the mails they compare with, read the same event the same way.
 */
public final class Times {

    /** The park's zone: used until the browser has told us the reader's. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    static final String SESSION_ZONE = Times.class.getName() + ".zone";

    private static final DateTimeFormatter ENGLISH_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CHINESE_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);

    private Times() {}

    /** {@code instant} in the reader's zone with the zone's label; empty for null. */
    public static String format(Locale locale, Instant instant) {
        return format(locale, instant, zone());
    }

    /** {@code instant} in {@code zone}, labelled: for an event that has a zone of its own (an exhibit's schedule). */
    public static String format(Locale locale, Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter pattern = Languages.isChinese(locale) ? CHINESE_DATE_TIME : ENGLISH_DATE_TIME;
        return pattern.format(instant.atZone(zone)) + " " + label(zone, instant);
    }

    /** The calendar day of {@code instant} in the reader's zone, without a time (a day needs no zone label). */
    public static String date(Locale locale, Instant instant) {
        return instant == null ? "" : date(locale, instant.atZone(zone()).toLocalDate());
    }

    /** A calendar day (a whitelist entry's validity), in the reader's language. */
    public static String date(Locale locale, LocalDate day) {
        if (day == null) {
            return "";
        }
        return (Languages.isChinese(locale) ? CHINESE_DATE : ENGLISH_DATE).format(day);
    }

    /** "UTC+8", "UTC+5:30", "UTC−3", "UTC": the offset in effect at {@code instant}, the same label in both languages. */
    public static String label(ZoneId zone, Instant instant) {
        ZoneOffset offset = zone.getRules().getOffset(instant == null ? Instant.now() : instant);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) / 60 % 60;
        return "UTC" + (seconds > 0 ? "+" : "−") + hours + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }

    /**
     * The reader's zone: remembered in the session, else what the browser reported at bootstrap, else
     * {@link #DEFAULT_ZONE}.
     */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_ZONE) instanceof ZoneId known) {
            return known;
        }
        UI ui = UI.getCurrent();
        Optional<ZoneId> browser = ui == null
                ? Optional.empty()
                : Optional.ofNullable(ui.getPage().getExtendedClientDetails()).flatMap(Times::zoneOf);
        browser.ifPresent(zone -> remember(session, zone));
        return browser.orElse(DEFAULT_ZONE);
    }

    /**
     * Asks the browser for its zone when it has not told us yet, and remembers it for the session: the next page, or
     * the next rendering of this one, shows the reader's local times.
     */
    public static void learnFromBrowser(UI ui) {
        VaadinSession session = ui.getSession();
        // Without a browser (a browserless test) there are no details to ask for.
        if (session == null
                || session.getAttribute(SESSION_ZONE) != null
                || ui.getPage().getExtendedClientDetails() == null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> zoneOf(details).ifPresent(z -> remember(session, z)));
    }

    /** For tests and for a reader who picks a zone explicitly. */
    public static void remember(VaadinSession session, ZoneId zone) {
        if (session != null) {
            session.setAttribute(SESSION_ZONE, zone);
        }
    }

    private static Optional<ZoneId> zoneOf(ExtendedClientDetails details) {
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
