package dataport.compliance;

import dataport.audit.AuditService;
import dataport.onboarding.ExporterFacts;
import dataport.onboarding.MerchantApplicationApproved;
import dataport.onboarding.OnboardingService;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Carries the cross-border facts an applicant declared in onboarding into the new merchant's fact sheet once staff
 * approved the application: the officer who approved it checked them with the rest of the application, so the sheet
 * counts as verified by them. Facts the merchant already declared in its workspace are never overwritten. After commit
 * through the event publication registry, so a crash only delays it.
 */
@Component
class OnboardingFactsCarrier {

    private final OnboardingService onboarding;
    private final MerchantFactSheets sheets;
    private final AuditService audit;
    private final Clock clock;

    OnboardingFactsCarrier(OnboardingService onboarding, MerchantFactSheets sheets, AuditService audit, Clock clock) {
        this.onboarding = onboarding;
        this.sheets = sheets;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MerchantApplicationApproved approved) {
        if (sheets.findById(approved.merchantId()).isPresent()) {
            return;
        }
        onboarding.approvedExporterFacts(approved.applicationId()).ifPresent(declared -> {
            ExporterFacts f = declared.facts();
            if (f.equals(ExporterFacts.empty())) {
                return;
            }
            MerchantDeclaration d = new MerchantDeclaration(
                    f.ciiOperator(),
                    f.inFreeTradeZone(),
                    f.sector(),
                    declared.year(),
                    f.abroadNonSensitive() == null ? 0 : f.abroadNonSensitive(),
                    f.abroadSensitive() == null ? 0 : f.abroadSensitive());
            MerchantFactSheet sheet = new MerchantFactSheet(approved.merchantId());
            sheet.declare(d, clock.instant());
            sheet.verify(approved.approvedBy(), clock.instant());
            sheets.save(sheet);
            audit.record(
                    "merchant-facts.from-onboarding",
                    "merchant",
                    String.valueOf(approved.merchantId()),
                    null,
                    d + " verified by " + approved.approvedBy() + " with application " + approved.applicationId());
        });
    }
}
