package dataport.merchants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.merchants.WhitelistGrant;
import dataport.merchants.WhitelistService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
class WhitelistViewTest extends SpringBrowserlessTest {

    @Autowired
    MerchantService merchants;

    @Autowired
    WhitelistService whitelist;

    final LocalDate today = LocalDate.now(AuditService.ZONE);

    @Test
    @SuppressWarnings("unchecked")
    void listsCurrentEntriesAndFiltersByState() {
        navigate(WhitelistView.class);
        Grid<WhitelistGrant> grid = $(Grid.class).id("whitelist-grid");

        assertThat(rows(grid)).extracting(WhitelistGrant::merchantSlug).contains("meridian-straits");
        assertThat(rows(grid)).extracting(WhitelistGrant::state).containsOnly(WhitelistGrant.State.CURRENT);

        test((Select<WhitelistGrant.State>) $(Select.class).id("whitelist-filter"))
                .selectItem("Expired");

        assertThat(rows(grid)).extracting(WhitelistGrant::merchantSlug).contains("cobalt-ridge");
        assertThat(rows(grid)).extracting(WhitelistGrant::state).containsOnly(WhitelistGrant.State.EXPIRED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void grantsAnEntryToAMerchantPickedByName() {
        MerchantSummary merchant = newMerchant();
        navigate(WhitelistView.class);

        var picker = test((ComboBox<MerchantSummary>) $(ComboBox.class).id("grant-merchant"));
        picker.setFilter(merchant.name().en().substring(0, 20));
        assertThat(picker.getSuggestionItems()).extracting(MerchantSummary::id).containsExactly(merchant.id());
        picker.selectItem(merchant.name().en() + " (" + merchant.slug() + ")");
        test($(TextField.class).id("grant-scope-en")).setValue("Cross-border data exchange");
        test($(TextField.class).id("grant-scope-zh")).setValue("跨境数据交换");
        test($(DatePicker.class).id("grant-to")).setValue(today.plusYears(1));
        test($(Button.class).id("grant-button")).click();

        assertThat(whitelist.currentEntries(merchant.id())).singleElement().satisfies(g -> {
            assertThat(g.scope()).isEqualTo(Bilingual.of("Cross-border data exchange", "跨境数据交换"));
            assertThat(g.validTo()).isEqualTo(today.plusYears(1));
            assertThat(g.grantedBy()).isEqualTo("cora@dataport.example");
        });
        Grid<WhitelistGrant> grid = $(Grid.class).id("whitelist-grid");
        assertThat(rows(grid)).extracting(WhitelistGrant::merchantId).contains(merchant.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void grantsWithAChineseScopeAloneButNotWithoutAnyScope() {
        MerchantSummary merchant = newMerchant();
        navigate(WhitelistView.class);
        ((ComboBox<MerchantSummary>) $(ComboBox.class).id("grant-merchant")).setValue(merchant);
        TextField en = $(TextField.class).id("grant-scope-en");
        TextField zh = $(TextField.class).id("grant-scope-zh");

        test($(Button.class).id("grant-button")).click();

        assertThat(en.isInvalid()).isTrue();
        assertThat(zh.isInvalid()).isTrue();
        assertThat(en.getErrorMessage()).isEqualTo("Describe the scope in English or Chinese");
        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isFalse();

        test(zh).setValue("跨境云托管");
        test($(Button.class).id("grant-button")).click();

        assertThat(whitelist.currentEntries(merchant.id()))
                .singleElement()
                .extracting(WhitelistGrant::scope)
                .isEqualTo(Bilingual.of(null, "跨境云托管"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridShowsTheScopeInTheReadersLanguage() {
        MerchantSummary merchant = newMerchant();
        WhitelistGrant grant = whitelist.grant(merchant.id(), Bilingual.of("Hosting", "托管"), today, null, null);
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(WhitelistView.class);
        Grid<WhitelistGrant> grid = $(Grid.class).id("whitelist-grid");
        int row = rows(grid).stream().map(WhitelistGrant::id).toList().indexOf(grant.id());

        assertThat(test(grid).getCellText(row, 1)).isEqualTo("托管");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(WhitelistView.class);
        Grid<WhitelistGrant> english = $(Grid.class).id("whitelist-grid");
        int englishRow = rows(english).stream().map(WhitelistGrant::id).toList().indexOf(grant.id());

        assertThat(test(english).getCellText(englishRow, 1)).isEqualTo("Hosting");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesAnEndBeforeTheStart() {
        MerchantSummary merchant = newMerchant();
        navigate(WhitelistView.class);

        ((ComboBox<MerchantSummary>) $(ComboBox.class).id("grant-merchant")).setValue(merchant);
        test($(TextField.class).id("grant-scope-en")).setValue("Hosting");
        test($(DatePicker.class).id("grant-from")).setValue(today);
        DatePicker to = $(DatePicker.class).id("grant-to");
        to.setMin(null); // the browser would not offer such a day; a hand-typed one still arrives
        to.setValue(today.minusDays(1));
        test($(Button.class).id("grant-button")).click();

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end cannot be before the start");
        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void revokesAnEntryWithAReason() {
        MerchantSummary merchant = newMerchant();
        WhitelistGrant grant = whitelist.grant(merchant.id(), Bilingual.of("Hosting", null), today, null, null);
        navigate(WhitelistView.class);
        Grid<WhitelistGrant> grid = $(Grid.class).id("whitelist-grid");
        int row = rows(grid).stream().map(WhitelistGrant::id).toList().indexOf(grant.id());
        assertThat(row).isNotNegative();

        Button revoke = (Button) test(grid)
                .getCellComponent(row, grid.getColumns().size() - 1)
                .getChildren()
                .findFirst()
                .orElseThrow();
        test(revoke).click();
        test($(Button.class).id("revoke-confirm")).click();
        assertThat(whitelist.isWhitelisted(merchant.id(), today))
                .as("no reason given")
                .isTrue();

        test($(TextArea.class).id("revoke-reason")).setValue("Licence withdrawn");
        test($(Button.class).id("revoke-confirm")).click();

        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isFalse();
        assertThat(whitelist.find(WhitelistGrant.State.REVOKED, 0, 500))
                .filteredOn(g -> g.id().equals(grant.id()))
                .singleElement()
                .extracting(WhitelistGrant::revokedReason)
                .isEqualTo("Licence withdrawn");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsSeeTheListButCannotGrant() {
        navigate(WhitelistView.class);

        assertThat($(Grid.class).withId("whitelist-grid").exists()).isTrue();
        assertThat($(Button.class).withId("grant-button").exists()).isFalse();
    }

    @Test
    void speaksChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate(WhitelistView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("信息服务白名单");
        assertThat(((WhitelistView) getCurrentView()).getPageTitle()).startsWith("信息服务白名单");
    }

    private List<WhitelistGrant> rows(Grid<WhitelistGrant> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size())
                .mapToObj(tester::getRow)
                .toList();
    }

    private MerchantSummary newMerchant() {
        return merchants.registerApproved(
                new NewMerchant(
                        null,
                        Bilingual.of("Picker Test " + UUID.randomUUID(), "选择测试"),
                        Origin.FOREIGN,
                        "DE",
                        "Berlin",
                        null,
                        null,
                        null,
                        Bilingual.of("x", "x")),
                7L);
    }
}
