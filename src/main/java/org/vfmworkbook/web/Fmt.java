package org.vfmworkbook.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Every number and date on a page goes through here: {@code {fmt:gbp(metric.value)}}. A missing value reads "Not available", never 0.
 * Wording follows the GOV.UK style guide (£ before the number, "million" in full, 5:30pm, midday).
 */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    public static final String NOT_AVAILABLE = "Not available";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h", Locale.UK);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

    private Fmt() {}

    /** Whole pounds: 1234.4 → "£1,234"; -50 → "-£50". */
    public static String gbp(Number pounds) {
        return money(pounds, 0);
    }

    /** Pounds and pence: 1234.5 → "£1,234.50". */
    public static String gbpPence(Number pounds) {
        return money(pounds, 2);
    }

    /**
     * An amount given in £ thousands, as the finance returns publish it: 140_400 → "£140.4 million", 2_345_678 → "£2.3 billion", 950 →
     * "£950,000".
     */
    public static String gbpThousands(Number thousands) {
        BigDecimal value = decimalOf(thousands);
        if (value == null) {
            return NOT_AVAILABLE;
        }
        BigDecimal size = value.abs();
        String sign = value.signum() < 0 ? "-" : "";
        if (size.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return sign + "£" + grouped(size.movePointLeft(6), 1) + " billion";
        }
        if (size.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return sign + "£" + grouped(size.movePointLeft(3), 1) + " million";
        }
        return sign + "£" + grouped(size.movePointRight(3), 0);
    }

    /** A rate: 1234.45 → "1,234.5 per 100,000". */
    public static String perHundredThousand(Number rate) {
        BigDecimal value = decimalOf(rate);
        return value == null ? NOT_AVAILABLE : grouped(value, 1) + " per 100,000";
    }

    /** A percentage given as 0 to 100: 12.34 → "12.3%". */
    public static String percent(Number percentage) {
        BigDecimal value = decimalOf(percentage);
        return value == null ? NOT_AVAILABLE : grouped(value, 1) + "%";
    }

    /** A fraction given as 0 to 1: 0.1234 → "12.3%". */
    public static String fractionAsPercent(Number fraction) {
        BigDecimal value = decimalOf(fraction);
        return value == null ? NOT_AVAILABLE : grouped(value.movePointRight(2), 1) + "%";
    }

    /** A whole number with thousands separators: 1234.5 → "1,235". */
    public static String number(Number number) {
        return decimal(number, 0);
    }

    /** A number with a fixed number of decimal places: (1234.567, 2) → "1,234.57". */
    public static String decimal(Number number, int places) {
        BigDecimal value = decimalOf(number);
        return value == null ? NOT_AVAILABLE : grouped(value, places);
    }

    /** A date: "23 November 2026". Takes a LocalDate, LocalDateTime, or an instant (shown in UK time). */
    public static String date(Object date) {
        if (date instanceof LocalDate day) {
            return DATE.format(day);
        }
        ZonedDateTime london = inLondon(date);
        return london == null ? NOT_AVAILABLE : DATE.format(london);
    }

    /** A date and time in UK time: "23 November 2026 at 2:05pm", "1 March 2026 at 9am", "… at midday". */
    public static String dateTime(Object dateTime) {
        ZonedDateTime london = inLondon(dateTime);
        return london == null ? NOT_AVAILABLE : DATE.format(london) + " at " + time(london.toLocalTime());
    }

    /** A time of day in UK time: "2:05pm", "9am", "midday". */
    public static String timeOfDay(Object instant) {
        ZonedDateTime london = inLondon(instant);
        return london == null ? NOT_AVAILABLE : time(london.toLocalTime());
    }

    static String time(LocalTime time) {
        LocalTime minute = time.withSecond(0).withNano(0);
        if (minute.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (minute.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        String clock = (minute.getMinute() == 0 ? HOUR : HOUR_MINUTE).format(minute);
        return clock + (minute.getHour() < 12 ? "am" : "pm");
    }

    private static ZonedDateTime inLondon(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(LONDON);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(LONDON);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(LONDON);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(LONDON);
        }
        if (value instanceof LocalDate day) {
            return day.atStartOfDay(LONDON);
        }
        return null;
    }

    private static String money(Number pounds, int places) {
        BigDecimal value = decimalOf(pounds);
        if (value == null) {
            return NOT_AVAILABLE;
        }
        String amount = "£" + grouped(value.abs(), places);
        return value.setScale(places, RoundingMode.HALF_UP).signum() < 0 ? "-" + amount : amount;
    }

    private static String grouped(BigDecimal value, int places) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    private static BigDecimal decimalOf(Number number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal big) {
            return big;
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return new BigDecimal(number.toString());
    }
}
