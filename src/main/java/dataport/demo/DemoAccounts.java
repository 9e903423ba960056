package dataport.demo;

import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.accounts.Role;
import dataport.accounts.UserSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One verified account per role for trying the site, created after the catalogue (so the merchant account can join
 * the demo merchant harbour-data) and only into a database without users.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("dataport.demo.enabled")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "DataPort-Demo-2026!";
    static final String MERCHANT_SLUG = "harbour-data";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final MerchantService merchants;
    private final DemoStaff demoStaff;

    DemoAccounts(AccountService accounts, MerchantService merchants, DemoStaff demoStaff) {
        this.accounts = accounts;
        this.merchants = merchants;
        this.demoStaff = demoStaff;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countAll() > 0) {
            return;
        }
        create("buyer@dataport.example", "Demo Buyer");
        UserSummary merchant = create("merchant@dataport.example", "Demo Merchant");
        create("curator@dataport.example", "Demo Curator", Role.CURATOR);
        create("compliance@dataport.example", "Demo Compliance", Role.COMPLIANCE);
        create("admin@dataport.example", "Demo Admin", Role.ADMIN);
        joinDemoMerchant(merchant);
        log.info("Demo accounts created (buyer, merchant, curator, compliance, admin @dataport.example)");
    }

    private UserSummary create(String email, String name, Role... staffRoles) {
        return accounts.createVerified(new NewAccount(email, name, PASSWORD, Languages.ENGLISH), staffRoles);
    }

    private void joinDemoMerchant(UserSummary user) {
        Long merchantId = merchants.findAll().stream()
                .filter(m -> MERCHANT_SLUG.equals(m.slug()))
                .map(MerchantSummary::id)
                .findFirst()
                .orElse(null);
        if (merchantId == null) {
            log.warn("Demo merchant {} not found; {} stays a buyer", MERCHANT_SLUG, user.email());
            return;
        }
        demoStaff.run(() -> merchants.addMember(merchantId, user.id()));
    }
}
