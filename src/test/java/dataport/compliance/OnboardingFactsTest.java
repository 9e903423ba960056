package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.delivery.PaidOrders;
import dataport.onboarding.Applicants;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.Draft;
import dataport.onboarding.ExporterFacts;
import dataport.onboarding.OnboardingService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The cross-border facts declared in onboarding become the approved merchant's verified fact sheet. */
@IntegrationTest
class OnboardingFactsTest {

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    MerchantFactSheets sheets;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void factsKeptAsADraftInOnboardingAreCarriedIntoTheMerchantsFactSheetVerifiedByTheApprovingOfficer() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Applicants applicants = new Applicants(accounts, signIn);
        applicants.signIn(applicants.newUser().email());
        Draft refused = onboarding.keepExporterFacts(new ExporterFacts(true, true, "SPACE", -1L, 20L));
        assertThat(refused.refused()).containsOnlyKeys(ExporterFacts.SECTOR, ExporterFacts.NON_SENSITIVE);
        assertThat(refused.application().exporterFacts())
                .as("what could be kept was kept")
                .isEqualTo(new ExporterFacts(true, true, null, null, 20L));
        onboarding.keepExporterFacts(new ExporterFacts(true, true, "FINANCE", 250_000L, 20L));

        ApplicationDetails submitted =
                Applicants.submitComplete(onboarding, Applicants.domestic("Exporter Facts Ltd " + System.nanoTime()));
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        assertThat(inReview.exporterFacts().sector()).isEqualTo("FINANCE");
        onboarding.approve(submitted.id(), inReview.version());
        long merchant = jdbc.queryForObject(
                "SELECT merchant_id FROM merchant_application WHERE id = ?", Long.class, submitted.id());

        PaidOrders.await(
                () -> transactions.execute(tx -> sheets.findById(merchant).isPresent()), "the merchant's fact sheet");
        MerchantFacts facts = transactions.execute(
                tx -> sheets.findById(merchant).orElseThrow().toFacts());
        assertThat(facts.declaration())
                .isEqualTo(new MerchantDeclaration(
                        true,
                        true,
                        "FINANCE",
                        LocalDate.now(dataport.audit.AuditService.ZONE).getYear(),
                        250_000,
                        20));
        assertThat(facts.verifiedBy()).isEqualTo(Applicants.COMPLIANCE);
        assertThat(facts.verifiedAt()).isNotNull();
    }
}
