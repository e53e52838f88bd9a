package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Where each source measure is found in the published files: {@code national-data/sources.yaml}, read
 * strictly (an unknown key is an error, so a typo cannot silently drop a measure).
 */
public record SourceMap(AscfrSalt ascfrSalt, Imd imd, Population population, Ascof ascof, OflogAsc oflogAsc) {

    public record AscfrSalt(String title, String publisher, String licence, List<ColumnMeasure> measures) {}

    /** A column of an ASC-FR/SALT table; {@code year} is null (the workbook's year) or "previous". */
    public record ColumnMeasure(String id, String sheet, List<String> header, String unit, String year) {
        boolean previousYear() {
            return "previous".equals(year);
        }
    }

    public record Imd(
            String title,
            String publisher,
            String licence,
            String year,
            String sheet,
            String codeHeader,
            String nameHeader,
            List<ImdMeasure> measures) {}

    public record ImdMeasure(String id, String header, String unit) {}

    public record Population(
            String title, String publisher, String licence, String year, String sheet, String densitySheet) {}

    public record Ascof(String title, String publisher, String licence, String sheet, List<AscofMeasure> measures) {}

    public record AscofMeasure(String id, String code, String type, String unit) {}

    /**
     * Oflog's adult social care measures: only rows of {@code grouping} are read; {@code formerCouncils} are the
     * councils abolished before the register's first year whose rows are kept under their own codes.
     */
    public record OflogAsc(
            String title,
            String publisher,
            String licence,
            String grouping,
            List<OflogMeasure> measures,
            List<FormerCouncil> formerCouncils) {}

    /**
     * An Oflog measure: its code in the file (ASC1…), the app's id, a name, the unit as far as known ("%" for
     * percentages) and the decimal places shown.
     */
    public record OflogMeasure(String code, String id, String name, String unit, int decimals) {}

    /** A council the register does not hold (abolished before 2019-20), with its region's ONS code. */
    public record FormerCouncil(String code, String name, String region) {}

    /** Measures the population reader derives from single years of age (and density). */
    static final List<String> POPULATION_MEASURES =
            List.of("mye-population-18-plus", "mye-population-65-plus", "population-75-plus", "population-density");

    public static SourceMap load() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = SourceMap.class.getResourceAsStream("/national-data/sources.yaml")) {
            return yaml.readValue(in, SourceMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("national-data/sources.yaml cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every source measure id any file provides: what a metric may name. */
    public Set<String> measureIds() {
        Set<String> ids = new LinkedHashSet<>();
        ascfrSalt.measures().forEach(m -> ids.add(m.id()));
        imd.measures().forEach(m -> ids.add(m.id()));
        ascof.measures().forEach(m -> ids.add(m.id()));
        oflogAsc.measures().forEach(m -> ids.add(m.id()));
        ids.addAll(POPULATION_MEASURES);
        return ids;
    }
}
