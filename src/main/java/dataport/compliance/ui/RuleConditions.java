package dataport.compliance.ui;

import com.vaadin.flow.component.Component;
import dataport.compliance.RuleRow;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A rule row's conditions in plain words, in the reader's language. */
final class RuleConditions {

    private RuleConditions() {}

    static String describe(RuleRow r, Component owner, java.util.Locale locale) {
        List<String> parts = new ArrayList<>();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        if (!r.classificationIn().isEmpty()) {
            parts.add(owner.getTranslation(
                    "compliance.cond.classification",
                    r.classificationIn().stream()
                            .map(c -> owner.getTranslation("compliance.classification." + c))
                            .sorted()
                            .collect(Collectors.joining(" / "))));
        }
        if (!r.personalInfoIn().isEmpty()) {
            parts.add(owner.getTranslation(
                    "compliance.cond.personal",
                    r.personalInfoIn().stream()
                            .map(p -> owner.getTranslation("compliance.personal." + p))
                            .sorted()
                            .collect(Collectors.joining(" / "))));
        }
        flag(parts, owner, r.exporterCii(), "cii");
        flag(parts, owner, r.exporterInZone(), "zone");
        if (!r.sectorIn().isEmpty()) {
            parts.add(owner.getTranslation(
                    "compliance.cond.sector",
                    r.sectorIn().stream()
                            .map(s -> owner.getTranslation("compliance.sector." + s))
                            .sorted()
                            .collect(Collectors.joining(" / "))));
        }
        flag(parts, owner, r.onNegativeList(), "negative-list");
        flag(parts, owner, r.collectedAbroad(), "collected-abroad");
        flag(parts, owner, r.recipientBlocked(), "recipient-blocked");
        if (r.filingRequired() != null) {
            parts.add(owner.getTranslation(
                    "compliance.cond.filing", owner.getTranslation("compliance.filing." + r.filingRequired())));
        }
        range(parts, owner, numbers, r.minAnnualPersonal(), r.maxAnnualPersonal(), "personal-count");
        range(parts, owner, numbers, r.minAnnualSensitive(), r.maxAnnualSensitive(), "sensitive-count");
        return parts.isEmpty() ? owner.getTranslation("compliance.cond.always") : String.join("; ", parts);
    }

    private static void flag(List<String> parts, Component owner, Boolean value, String key) {
        if (value != null) {
            parts.add(owner.getTranslation("compliance.cond." + key + "." + value));
        }
    }

    private static void range(
            List<String> parts, Component owner, NumberFormat numbers, Long min, Long max, String key) {
        if (min != null && max != null) {
            parts.add(owner.getTranslation(
                    "compliance.cond." + key + ".between", numbers.format(min), numbers.format(max)));
        } else if (min != null) {
            parts.add(owner.getTranslation("compliance.cond." + key + ".at-least", numbers.format(min)));
        } else if (max != null) {
            parts.add(owner.getTranslation("compliance.cond." + key + ".below", numbers.format(max)));
        }
    }
}
