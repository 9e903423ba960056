package dataport.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything about one application, for the wizard and the review page. {@code merchantSuspended}: approved, but
 * compliance has since suspended the merchant it created (the merchant's status, kept by the merchants module).
 */
public record ApplicationDetails(
        long id,
        long version,
        long applicantId,
        String applicantEmail,
        ApplicationState state,
        WizardStep step,
        Organisation organisation,
        SelfAssessment assessment,
        ExporterFacts exporterFacts,
        boolean termsAccepted,
        List<DocumentInfo> documents,
        Map<String, String> fieldComments,
        String decisionReason,
        Instant submittedAt,
        Instant decidedAt,
        boolean merchantSuspended) {}
