package dataport.onboarding;

import dataport.shared.Sectors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cross-border facts an applicant declares as a data exporter (an optional part of the self-assessment): CII
 * operator, registered in the free-trade zone, sector, and the people whose personal information it already sent
 * abroad this calendar year outside DataPort. Null means "not declared". On approval they become the merchant's
 * cross-border facts (compliance module), so its first sale abroad is routed on them.
 */
public record ExporterFacts(
        Boolean ciiOperator, Boolean inFreeTradeZone, String sector, Long abroadNonSensitive, Long abroadSensitive) {

    public static final String CII = "ciiOperator";
    public static final String ZONE = "inFreeTradeZone";
    public static final String SECTOR = "sector";
    public static final String NON_SENSITIVE = "abroadNonSensitive";
    public static final String SENSITIVE = "abroadSensitive";

    public static ExporterFacts empty() {
        return new ExporterFacts(null, null, null, null, null);
    }

    /** What even a draft cannot hold (field → message key): an unknown sector, a negative count. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (sector != null && !Sectors.CODES.contains(sector)) {
            problems.put(SECTOR, "onboarding.exporter.error.sector");
        }
        if (abroadNonSensitive != null && abroadNonSensitive < 0) {
            problems.put(NON_SENSITIVE, "onboarding.exporter.error.negative");
        }
        if (abroadSensitive != null && abroadSensitive < 0) {
            problems.put(SENSITIVE, "onboarding.exporter.error.negative");
        }
        return problems;
    }

    /** These facts, except the named fields, which keep their value from {@code earlier}. */
    ExporterFacts keeping(ExporterFacts earlier, java.util.Set<String> fields) {
        return new ExporterFacts(
                fields.contains(CII) ? earlier.ciiOperator : ciiOperator,
                fields.contains(ZONE) ? earlier.inFreeTradeZone : inFreeTradeZone,
                fields.contains(SECTOR) ? earlier.sector : sector,
                fields.contains(NON_SENSITIVE) ? earlier.abroadNonSensitive : abroadNonSensitive,
                fields.contains(SENSITIVE) ? earlier.abroadSensitive : abroadSensitive);
    }
}
