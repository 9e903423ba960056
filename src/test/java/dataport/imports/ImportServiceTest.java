package dataport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.UserSummary;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingImport;
import dataport.catalog.ListingImportService;
import dataport.catalog.ListingStatus;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.merchants.TestMerchants;
import dataport.onboarding.Applicants;
import dataport.shared.Money;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;

@IntegrationTest
class ImportServiceTest {

    static final String HEADER = "编号,产品名称,英文名称,分类,交付方式,数据分级,可跨境,服务地区,计费方式,单价,币种,描述\n";

    @Autowired
    ImportService imports;

    @Autowired
    ListingImportService listingImports;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;
    MerchantSummary merchant;
    String prefix;

    @BeforeEach
    void aNewMerchantSignsIn() {
        applicants = new Applicants(accounts, signIn);
        UserSummary owner = applicants.newUser();
        applicants.signIn(Applicants.COMPLIANCE);
        prefix = "T" + System.nanoTime();
        merchant = merchants.registerApproved(
                TestMerchants.merchant().named("Importer " + prefix, "导入测试数商").build(), owner.id());
        applicants.signIn(owner.email());
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    private Sheet csv(String text, Charset charset) {
        return imports.read("catalogue.csv", text.getBytes(charset));
    }

    private String rows(String price) {
        return HEADER
                + prefix + "-1,跨境贸易数据集,Cross-border trade dataset,数据集与数据接口,接口,一般,是,中国;美国,包月,\"" + price
                + "\",人民币,\"<script>alert('x')</script> **bold**\"\n"
                + prefix + "-2,云存储服务,Cloud storage,云存储,在线,公开,否,\"CN, US\",一次性,\"" + price
                + "\",USD,\"'; DROP TABLE listing; --\"\n"
                + prefix + "-3,坏行,Bad row,不存在的分类,接口,核心,是,火星,包年,abc,人民币,\n";
    }

    @Test
    void aMerchantImportsDraftsAndAReimportUpdatesThemInsteadOfDuplicating() {
        Sheet sheet = csv(rows("1,200.00"), Charset.forName("GB18030"));
        ImportMapping mapping = imports.suggestMapping(sheet);

        ImportService.Preview preview = imports.preview(sheet, mapping);
        assertThat(preview.validRows()).as("%s", preview.errors()).isEqualTo(2);
        assertThat(preview.errors()).extracting(RowError::line).containsOnly(4);

        List<Integer> progress = new ArrayList<>();
        ImportReport first = imports.run(sheet, mapping, progress::add);

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.updated()).isZero();
        assertThat(first.failedRows()).isEqualTo(1);
        assertThat(progress).last().isEqualTo(3);
        List<ListingDetails> mine = catalog.myListings();
        assertThat(mine).hasSize(2).allSatisfy(l -> assertThat(l.status()).isEqualTo(ListingStatus.DRAFT));
        ListingDetails trade = mine.stream()
                .filter(l -> "跨境贸易数据集".equals(l.content().title().zh()))
                .findFirst()
                .orElseThrow();
        assertThat(trade.content().title().en()).isEqualTo("Cross-border trade dataset");
        assertThat(trade.content().regions()).containsExactly("CN", "US");
        assertThat(trade.content().crossBorder()).isTrue();
        assertThat(trade.plans().getFirst().price()).isEqualTo(Money.of("1200.00", "CNY"));
        // hostile text is stored as typed; the pages render it through the Markdown sanitiser
        assertThat(trade.content().description().zh()).isEqualTo("<script>alert('x')</script> **bold**");

        ImportReport second = imports.run(csv(rows("1,500.00"), StandardCharsets.UTF_8), mapping, rows -> {});

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        List<ListingDetails> after = catalog.myListings();
        assertThat(after).hasSize(2);
        assertThat(after)
                .extracting(l -> l.plans().getFirst().price().amount().toPlainString())
                .containsOnly("1500.00");
    }

    @Test
    void withoutAnIdColumnTheSourceUrlIdentifiesTheListing() {
        String csv = "title,category,delivery,classification,url\n"
                + "Tide tables,云存储,API,PUBLIC,https://other.example/p/" + prefix + "\n";
        Sheet sheet = csv(csv, StandardCharsets.UTF_8);
        ImportMapping mapping = imports.suggestMapping(sheet);

        imports.run(sheet, mapping, rows -> {});
        ImportReport again = imports.run(
                csv(csv.replace("Tide tables", "Tide tables 2027"), StandardCharsets.UTF_8), mapping, rows -> {});

        assertThat(again.updated()).isEqualTo(1);
        assertThat(catalog.myListings())
                .singleElement()
                .satisfies(l -> assertThat(l.content().title().en()).isEqualTo("Tide tables 2027"));
    }

    @Test
    void aListingAlreadySubmittedIsNotChangedByAReimportAndTheOtherRowsStillApply() {
        Sheet sheet = csv(rows("10"), StandardCharsets.UTF_8);
        ImportMapping mapping = imports.suggestMapping(sheet);
        imports.run(sheet, mapping, rows -> {});
        ListingDetails submitted = catalog.myListings().getFirst();
        catalog.submitForReview(submitted.id());

        ImportReport again = imports.run(csv(rows("20"), StandardCharsets.UTF_8), mapping, rows -> {});

        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.errors()).extracting(RowError::key).contains("import.row.not-draft");
        assertThat(catalog.details(List.of(submitted.id()))
                        .getFirst()
                        .plans()
                        .getFirst()
                        .price()
                        .amount())
                .isEqualByComparingTo("10");
    }

    @Test
    void theMappingIsSavedForTheMerchantsNextImport() {
        Sheet sheet = csv("名称,类目,方式\nA,云存储,接口\n", StandardCharsets.UTF_8);
        ImportMapping chosen = imports.suggestMapping(sheet)
                .withColumn(ImportField.DELIVERY_MODE, "方式")
                .withDefault(ImportField.CLASSIFICATION, "PUBLIC")
                .withValue(ImportField.DELIVERY_MODE, "接口", "FILE");

        ImportReport report = imports.run(sheet, chosen, rows -> {});

        assertThat(report.created()).isEqualTo(1);
        assertThat(imports.savedMapping()).contains(chosen);
        assertThat(imports.suggestMapping(sheet)).isEqualTo(chosen);
        assertThat(catalog.myListings().getFirst().content().deliveryMode().name())
                .isEqualTo("FILE");
    }

    @Test
    void aMerchantCannotImportIntoAnotherMerchant() {
        MerchantSummary other = merchants.findBySlug("harbour-data").orElseThrow();
        ListingImport foreign = new ListingImport("x", null, other.id(), TestListings.content("Sneaky", null));

        assertThatThrownBy(() -> listingImports.importBatch(List.of(foreign)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminImportsForSeveralMerchantsMatchingOrCreatingThemByTheProviderColumn() {
        applicants.signIn(Applicants.ADMIN);
        String newProvider = "Nordic Fjord Data " + prefix;
        String csv = "provider,provider country,id,title,category,delivery,classification,price,currency\n"
                + "上海港湾数据科技有限公司,,H-" + prefix + ",Harbour extra,云存储,API,PUBLIC,10,CNY\n"
                + newProvider + ",Norway,N-" + prefix + ",Fjord weather,云存储,API,PUBLIC,5,EUR\n"
                + newProvider.toUpperCase() + ",,N2-" + prefix + ",Fjord tides,云存储,API,PUBLIC,6,EUR\n"
                + "Unknown Co " + prefix + ",,U-" + prefix + ",Orphan,云存储,API,PUBLIC,1,USD\n";
        Sheet sheet = csv(csv, StandardCharsets.UTF_8);
        ImportMapping mapping = imports.suggestMapping(sheet);
        assertThat(mapping.columns())
                .containsEntry(ImportField.PROVIDER, "provider")
                .containsEntry(ImportField.PROVIDER_COUNTRY, "provider country");

        ImportService.Preview preview = imports.preview(sheet, mapping);
        assertThat(preview.errors())
                .extracting(RowError::line, RowError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "import.row.provider-country"));

        ImportReport report = imports.run(sheet, mapping, rows -> {});

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.failedRows()).isEqualTo(1);
        MerchantSummary fjord = merchants.findByExactName(newProvider).orElseThrow();
        assertThat(fjord.countryCode()).isEqualTo("NO");
        assertThat(fjord.origin()).isEqualTo(Origin.FOREIGN);
        List<ListingDetails> imported = catalog.details(report.listingIds());
        assertThat(imported)
                .extracting(l -> l.merchant().slug(), l -> l.content().title().en())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("harbour-data", "Harbour extra"),
                        org.assertj.core.groups.Tuple.tuple(fjord.slug(), "Fjord weather"),
                        org.assertj.core.groups.Tuple.tuple(fjord.slug(), "Fjord tides"));
        assertThat(merchants.findByExactName("Unknown Co " + prefix)).isEmpty();
    }

    @Test
    void anAdminImportsAFileWithoutAProviderColumnForOneExistingOrNewProvider() {
        applicants.signIn(Applicants.ADMIN);
        String csv = "id,title,category,delivery,classification\n" + "P-" + prefix + ",港口吞吐量数据,云存储,API,PUBLIC\n";
        Sheet sheet = csv(csv, StandardCharsets.UTF_8);
        ImportMapping suggested = imports.suggestMapping(sheet);
        assertThat(imports.preview(sheet, suggested).mappingErrors())
                .extracting(RowError::key)
                .contains("import.mapping.provider-required");
        assertThat(imports.providerNames("harbour", 10)).isNotEmpty();

        ImportReport existing = imports.run(
                sheet,
                suggested.withDefault(
                        ImportField.PROVIDER,
                        imports.providerNames("Harbour Data Technology", 1).getFirst()),
                rows -> {});
        String newName = "Exchange Seller " + prefix;
        ImportReport created = imports.run(
                sheet,
                suggested.withDefault(ImportField.PROVIDER, newName).withDefault(ImportField.PROVIDER_COUNTRY, "CN"),
                rows -> {});

        assertThat(catalog.details(existing.listingIds()))
                .singleElement()
                .satisfies(l -> assertThat(l.merchant().slug()).isEqualTo("harbour-data"));
        MerchantSummary seller = merchants.findByExactName(newName).orElseThrow();
        assertThat(seller.countryCode()).isEqualTo("CN");
        assertThat(catalog.details(created.listingIds())).singleElement().satisfies(l -> {
            assertThat(l.merchant().id()).isEqualTo(seller.id());
            assertThat(l.content().title().zh()).isEqualTo("港口吞吐量数据");
        });
    }

    @Test
    void aMerchantsImportNeedsNoProviderColumnAndIgnoresOne() {
        Sheet sheet = csv(
                "provider,title,category,delivery,classification\nSomeone Else,Mine,云存储,API,PUBLIC\n",
                StandardCharsets.UTF_8);

        ImportReport report = imports.run(sheet, imports.suggestMapping(sheet), rows -> {});

        assertThat(report.created()).isEqualTo(1);
        assertThat(catalog.details(report.listingIds()).getFirst().merchant().id())
                .isEqualTo(merchant.id());
    }

    @Test
    void aBuyerCannotImport() {
        applicants.signIn(Applicants.BUYER);

        assertThatThrownBy(() -> imports.read("a.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    static final AtomicInteger UNUSED = new AtomicInteger();
}
