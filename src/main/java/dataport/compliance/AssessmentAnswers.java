package dataport.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The buyer's answers of a pre-transfer assessment: one text per field, all required. */
public record AssessmentAnswers(
        String recipient,
        String purpose,
        String categories,
        String accessMode,
        String storage,
        String onwardTransfers,
        String securityMeasures,
        String recipientLaw,
        String incidents,
        String contract) {

    public static final int TEXT_MAX = 4000;

    /** The fields in form order; their labels are compliance.assessment.field.NAME. */
    public static final List<String> FIELDS = List.of(
            "recipient",
            "purpose",
            "categories",
            "accessMode",
            "storage",
            "onwardTransfers",
            "securityMeasures",
            "recipientLaw",
            "incidents",
            "contract");

    private static final Map<String, Function<AssessmentAnswers, String>> GETTERS = Map.of(
            "recipient", AssessmentAnswers::recipient,
            "purpose", AssessmentAnswers::purpose,
            "categories", AssessmentAnswers::categories,
            "accessMode", AssessmentAnswers::accessMode,
            "storage", AssessmentAnswers::storage,
            "onwardTransfers", AssessmentAnswers::onwardTransfers,
            "securityMeasures", AssessmentAnswers::securityMeasures,
            "recipientLaw", AssessmentAnswers::recipientLaw,
            "incidents", AssessmentAnswers::incidents,
            "contract", AssessmentAnswers::contract);

    public static AssessmentAnswers empty() {
        return new AssessmentAnswers(null, null, null, null, null, null, null, null, null, null);
    }

    /** Builds answers from field name → text (missing fields are null). */
    public static AssessmentAnswers of(Map<String, String> byField) {
        return new AssessmentAnswers(
                byField.get("recipient"),
                byField.get("purpose"),
                byField.get("categories"),
                byField.get("accessMode"),
                byField.get("storage"),
                byField.get("onwardTransfers"),
                byField.get("securityMeasures"),
                byField.get("recipientLaw"),
                byField.get("incidents"),
                byField.get("contract"));
    }

    public String get(String field) {
        Function<AssessmentAnswers, String> getter = GETTERS.get(field);
        if (getter == null) {
            throw new IllegalArgumentException("No assessment field " + field);
        }
        return getter.apply(this);
    }

    public List<ListingDeclaration.Problem> problems() {
        List<ListingDeclaration.Problem> problems = new ArrayList<>();
        for (String field : FIELDS) {
            String text = get(field);
            if (text == null || text.isBlank()) {
                problems.add(new ListingDeclaration.Problem(field, "compliance.assessment.error.required"));
            } else if (text.strip().length() > TEXT_MAX) {
                problems.add(new ListingDeclaration.Problem(field, "compliance.assessment.error.long"));
            }
        }
        return problems;
    }
}
