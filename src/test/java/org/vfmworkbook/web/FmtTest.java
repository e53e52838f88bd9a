package org.vfmworkbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void showsWholePoundsWithThousandsSeparators() {
        assertThat(Fmt.gbp(1234.4)).isEqualTo("£1,234");
        assertThat(Fmt.gbp(1234.5)).isEqualTo("£1,235");
        assertThat(Fmt.gbp(0)).isEqualTo("£0");
        assertThat(Fmt.gbp(-50)).isEqualTo("-£50");
        assertThat(Fmt.gbp(-0.4)).isEqualTo("£0");
        assertThat(Fmt.gbp(new BigDecimal("20100000000"))).isEqualTo("£20,100,000,000");
    }

    @Test
    void showsPoundsAndPence() {
        assertThat(Fmt.gbpPence(1234.56)).isEqualTo("£1,234.56");
        assertThat(Fmt.gbpPence(1234.5)).isEqualTo("£1,234.50");
        assertThat(Fmt.gbpPence(0.005)).isEqualTo("£0.01");
    }

    @Test
    void showsThousandsOfPoundsInMillionsAndBillions() {
        // 140,400 thousand = £140,400,000 = £140.4 million
        assertThat(Fmt.gbpThousands(140_400)).isEqualTo("£140.4 million");
        // 12,345 thousand = £12,345,000 = £12.3 million
        assertThat(Fmt.gbpThousands(12_345)).isEqualTo("£12.3 million");
        // 2,345,678 thousand = £2,345,678,000 = £2.3 billion
        assertThat(Fmt.gbpThousands(2_345_678)).isEqualTo("£2.3 billion");
        // under £1 million is shown in full
        assertThat(Fmt.gbpThousands(950)).isEqualTo("£950,000");
        assertThat(Fmt.gbpThousands(-1_500)).isEqualTo("-£1.5 million");
    }

    @Test
    void showsRatesPerHundredThousandToOneDecimalPlace() {
        assertThat(Fmt.perHundredThousand(1234.45)).isEqualTo("1,234.5 per 100,000");
        assertThat(Fmt.perHundredThousand(7)).isEqualTo("7.0 per 100,000");
    }

    @Test
    void showsPercentagesFromHundredthsAndFromFractions() {
        assertThat(Fmt.percent(12.34)).isEqualTo("12.3%");
        assertThat(Fmt.percent(100)).isEqualTo("100.0%");
        assertThat(Fmt.fractionAsPercent(0.1234)).isEqualTo("12.3%");
        assertThat(Fmt.fractionAsPercent(0.5)).isEqualTo("50.0%");
    }

    @Test
    void showsNumbersAndDecimals() {
        assertThat(Fmt.number(1234.5)).isEqualTo("1,235");
        assertThat(Fmt.number(1_000_000L)).isEqualTo("1,000,000");
        assertThat(Fmt.decimal(1234.567, 2)).isEqualTo("1,234.57");
        assertThat(Fmt.decimal(0.5, 0)).isEqualTo("1");
    }

    @Test
    void saysNotAvailableForAMissingValueNeverZero() {
        assertThat(Fmt.gbp(null)).isEqualTo("Not available");
        assertThat(Fmt.gbpPence(null)).isEqualTo("Not available");
        assertThat(Fmt.gbpThousands(null)).isEqualTo("Not available");
        assertThat(Fmt.perHundredThousand(null)).isEqualTo("Not available");
        assertThat(Fmt.percent(Double.NaN)).isEqualTo("Not available");
        assertThat(Fmt.fractionAsPercent(null)).isEqualTo("Not available");
        assertThat(Fmt.number(null)).isEqualTo("Not available");
        assertThat(Fmt.decimal(null, 2)).isEqualTo("Not available");
        assertThat(Fmt.date(null)).isEqualTo("Not available");
        assertThat(Fmt.dateTime(null)).isEqualTo("Not available");
    }

    @Test
    void showsDatesInGovUkStyle() {
        assertThat(Fmt.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        assertThat(Fmt.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 July 2026");
    }

    @Test
    void showsDateTimesInLondonTime() {
        // November: London is on GMT, so 14:05Z is 2:05pm
        assertThat(Fmt.dateTime(Instant.parse("2026-11-23T14:05:00Z"))).isEqualTo("23 November 2026 at 2:05pm");
        // July: London is on BST, so 13:05Z is 2:05pm
        assertThat(Fmt.dateTime(ZonedDateTime.of(2026, 7, 1, 13, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("1 July 2026 at 2:05pm");
        assertThat(Fmt.dateTime(LocalDateTime.of(2026, 3, 1, 9, 0))).isEqualTo("1 March 2026 at 9am");
        assertThat(Fmt.dateTime(LocalDateTime.of(2026, 3, 1, 12, 0))).isEqualTo("1 March 2026 at midday");
        assertThat(Fmt.dateTime(LocalDateTime.of(2026, 3, 1, 0, 0))).isEqualTo("1 March 2026 at midnight");
        assertThat(Fmt.dateTime(LocalDateTime.of(2026, 3, 1, 0, 30))).isEqualTo("1 March 2026 at 12:30am");
    }
}
