package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.accounts.UserSummary;
import dataport.mail.MailService;
import dataport.mail.MailSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Languages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff decisions on a listing reach the merchant's members by mail, each in their own language. */
@IntegrationTest
class ListingReviewMailTest {

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    ListingReview review;

    @Autowired
    MailService mail;

    @Autowired
    AccountService accounts;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMerchantIsMailedWhenStaffReturnAListingWithTheReasonAndWhenTheyApproveIt() {
        String title = "Mailed decision " + System.nanoTime();
        long id = submitted(DemoSignIn.MERCHANT, title, "邮件通知");

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        review.returnWithComment(id, review.open(id).version(), "Please add the update schedule.");
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        authoring.submit(id, authoring.edit(id).version());
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        review.approve(id, review.open(id).version());

        List<MailSummary> mails = mailsAbout(title);
        assertThat(mails).extracting(MailSummary::recipient).containsOnly(DemoSignIn.MERCHANT);
        assertThat(mails)
                .extracting(MailSummary::subject)
                .containsExactlyInAnyOrder(
                        "Your listing \"" + title + "\" needs changes", "Your listing \"" + title + "\" is published");
        MailSummary returned = mails.stream()
                .filter(m -> m.subject().endsWith("needs changes"))
                .findFirst()
                .orElseThrow();
        assertThat(returned.body()).contains("Please add the update schedule.").contains("/workspace/listings/" + id);
    }

    @Test
    void aMemberWhoPrefersChineseIsMailedInChinese() {
        String email = "zh-member-" + System.nanoTime() + "@dataport.example";
        UserSummary member =
                accounts.createVerified(new NewAccount(email, "中文成员", "DataPort-Demo-2026!", Languages.CHINESE));
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        // A merchant with no other members, so this member is the only one mailed.
        MerchantSummary merchant = merchants.findAll().stream()
                .filter(m -> !m.slug().equals("harbour-data")
                        && merchants.memberIds(m.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        merchants.addMember(merchant.id(), member.id());
        long id = submitted(email, "Chinese reader " + System.nanoTime(), "中文读者 " + System.nanoTime());

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        review.returnWithComment(id, review.open(id).version(), "请补充更新频率。");

        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        List<MailSummary> mails = mail.list(PageRequest.of(0, 50)).stream()
                .filter(m -> m.recipient().equals(email))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).startsWith("您的商品“中文读者").endsWith("”需要修改");
        assertThat(mails.getFirst().body()).contains("请补充更新频率。");
    }

    private long submitted(String merchantEmail, String titleEn, String titleZh) {
        DemoSignIn.as(signIn, merchantEmail);
        long id = authoring.create(TestListings.content(titleEn, titleZh));
        authoring.submit(id, authoring.edit(id).version());
        return id;
    }

    private List<MailSummary> mailsAbout(String title) {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        return mail.list(PageRequest.of(0, 50)).stream()
                .filter(m -> m.subject().contains(title))
                .toList();
    }
}
