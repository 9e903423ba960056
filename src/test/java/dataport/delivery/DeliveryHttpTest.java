package dataport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.PricingModel;
import dataport.orders.PurchasedItem;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The two HTTP endpoints of delivery: the download controller and the gateways' key check, through the filters. */
@IntegrationTest
class DeliveryHttpTest {

    @Autowired
    WebApplicationContext web;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntitlementGrants grants;

    @Autowired
    ApiKeys keys;

    @Autowired
    GatewaySecrets secrets;

    @Autowired
    Gateway gateway;

    @Autowired
    DownloadLinks links;

    @Autowired
    CatalogService catalog;

    @Autowired
    TransactionTemplate transaction;

    MockMvc mvc;
    DeliveryFixtures f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        f = new DeliveryFixtures(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theBuyerDownloadsTheFileOverHttpWithItsNameTypeAndSha256() throws Exception {
        long listing = f.fileListing();
        byte[] csv = DeliveryFixtures.csv(1024 * 1024 + 300);
        DeliverableInfo file = f.upload(listing, "港口 ports.csv", csv);
        PurchasedItem item = paidFileOrder(listing, file);
        Authentication buyer = DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        SecurityContextHolder.clearContext();

        MvcResult result = mvc.perform(
                        get(links.sign(item.orderId(), file.id()).path()).with(authentication(buyer)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", file.sha256()))
                .andExpect(header().string("Content-Type", "text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn();

        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(DeliveryFixtures.sha256(body)).isEqualTo(DeliveryFixtures.sha256(csv));
    }

    @Test
    void refusedLinksGetAPageInTheReadersLanguageWithAStatusThatSaysWhy() throws Exception {
        long listing = f.fileListing();
        DeliverableInfo file = f.upload(listing, "ports.csv", DeliveryFixtures.csv(500));
        PurchasedItem item = paidFileOrder(listing, file);
        Authentication buyer = DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        Authentication merchant = DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);
        SecurityContextHolder.clearContext();
        String good = links.sign(item.orderId(), file.id()).path();
        long past = Instant.now().minusSeconds(5).getEpochSecond();
        String expired = "/downloads/" + item.orderId() + "/" + file.id() + "?expires=" + past + "&signature="
                + links.signature(item.orderId(), file.id(), past);

        mvc.perform(get(good.replace("signature=", "signature=0")).with(authentication(buyer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-reason=\"TAMPERED\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Download refused")));
        mvc.perform(get(good.replace("signature=", "signature=0"))
                        .with(authentication(buyer))
                        .cookie(new Cookie("dataport-lang", "zh-CN")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("无法下载")));
        mvc.perform(get(expired).with(authentication(buyer))).andExpect(status().isGone());
        mvc.perform(get(good).with(authentication(merchant)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NOT_YOURS")));
        mvc.perform(get(good))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/login\"")));
        mvc.perform(get("/downloads/abc/1?expires=x&signature=y").with(authentication(buyer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aGatewayConfirmsAValidKeyOfItsOwnListingAsJson() throws Exception {
        Keyed keyed = apiOrderWithKey();
        String secret = merchantGatewaySecret();

        mvc.perform(post("/api/v1/keys/check")
                        .header("X-Gateway-Secret", secret)
                        .header("X-Api-Key", keyed.key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.listingId").value(keyed.item.listingId()))
                .andExpect(jsonPath("$.orderNumber").value(keyed.item.orderNumber()))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty());
        mvc.perform(post("/api/v1/keys/check")
                        .header("X-Gateway-Secret", secret)
                        .header("X-Api-Key", "dpk_nope"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.listingId").doesNotExist());
        mvc.perform(post("/api/v1/keys/check").header("X-Gateway-Secret", secret))
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void aWrongOrMissingGatewaySecretIsUnauthorised() throws Exception {
        Keyed keyed = apiOrderWithKey();
        merchantGatewaySecret();

        mvc.perform(post("/api/v1/keys/check")
                        .header("X-Gateway-Secret", "dpg_wrong")
                        .header("X-Api-Key", keyed.key))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/keys/check").header("X-Api-Key", keyed.key)).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherMerchantsGatewayCannotConfirmTheKey() throws Exception {
        Keyed keyed = apiOrderWithKey();
        long otherMerchant = catalog.details(catalog.publishedIds()).stream()
                .map(l -> l.merchant().id())
                .filter(id -> id != f.demoMerchantId())
                .findFirst()
                .orElseThrow();
        String otherSecret = Tokens.generate(Tokens.GATEWAY_PREFIX);
        transaction.executeWithoutResult(tx -> secrets.findById(otherMerchant)
                .ifPresentOrElse(
                        s -> s.replace(otherSecret, 0, Instant.now()),
                        () -> secrets.save(new GatewaySecret(otherMerchant, otherSecret, 0, Instant.now()))));

        mvc.perform(post("/api/v1/keys/check")
                        .header("X-Gateway-Secret", otherSecret)
                        .header("X-Api-Key", keyed.key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
    }

    @Test
    void aKeyStopsValidatingWhenTheSubscriptionsAccessEndsOrTheGatewaySecretIsReplaced() throws Exception {
        Keyed keyed = apiOrderWithKey();
        String secret = merchantGatewaySecret();
        assertThat(gateway.check(secret, keyed.key).orElseThrow().valid()).isTrue();

        grants.end(keyed.item.orderId(), Instant.now().minusSeconds(1));

        mvc.perform(post("/api/v1/keys/check")
                        .header("X-Gateway-Secret", secret)
                        .header("X-Api-Key", keyed.key))
                .andExpect(jsonPath("$.valid").value(false));
        String renewed = merchantGatewaySecret();
        assertThat(gateway.check(secret, keyed.key)).as("the old secret").isEmpty();
        assertThat(gateway.check(renewed, keyed.key).orElseThrow().valid()).isFalse();
    }

    @Test
    void keysAreStoredOnlyAsTheirHash() {
        Keyed keyed = apiOrderWithKey();

        ApiKey stored = keys.findByKeyHash(Tokens.hash(keyed.key)).orElseThrow();
        assertThat(stored.getPrefix()).isEqualTo(keyed.key.substring(0, 12));
        assertThat(new String(DeliveryFixtures.sha256(keyed.key.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Tokens.hash(keyed.key));
    }

    private PurchasedItem paidFileOrder(long listing, DeliverableInfo file) {
        PurchasedItem item = f.purchase(listing, DeliveryMode.FILE, PricingModel.ONE_OFF, null);
        transaction.executeWithoutResult(tx -> grants.grant(item).attach(file.id()));
        return item;
    }

    record Keyed(PurchasedItem item, String key) {}

    /** A paid API subscription with a key, as the buyer's "Create an API key" leaves it. */
    private Keyed apiOrderWithKey() {
        long listing = f.fileListing();
        SecurityContextHolder.clearContext();
        PurchasedItem item = f.purchase(
                listing,
                DeliveryMode.API,
                PricingModel.SUBSCRIPTION,
                Instant.now().plusSeconds(30 * 86_400));
        String key = Tokens.generate(Tokens.API_KEY_PREFIX);
        transaction.executeWithoutResult(tx -> {
            Entitlement e = grants.grant(item);
            keys.save(new ApiKey(e, key, Instant.now(), null));
        });
        return new Keyed(item, key);
    }

    private String merchantGatewaySecret() {
        DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);
        String secret = gateway.renewSecret();
        SecurityContextHolder.clearContext();
        return secret;
    }
}
