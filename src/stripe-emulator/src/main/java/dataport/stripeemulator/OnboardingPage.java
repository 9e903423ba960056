package dataport.stripeemulator;

import static dataport.stripeemulator.CheckoutPage.button;
import static dataport.stripeemulator.CheckoutPage.esc;
import static dataport.stripeemulator.CheckoutPage.foot;
import static dataport.stripeemulator.CheckoutPage.head;
import static dataport.stripeemulator.CheckoutPage.t;

import java.util.Map;

/**
 * Connect's hosted onboarding page (what an account link's URL shows), in English or Simplified Chinese. Buttons carry
 * stable ids for browser tests: {@code complete-onboarding} (everything submitted, charges and payouts enabled),
 * {@code leave-due} (details submitted, bank account and identity document still due: payouts stay off) and
 * {@code back} (nothing changes). Each returns to the link's return_url.
 */
final class OnboardingPage {

    private OnboardingPage() {}

    static String page(String linkId, Map<String, Object> connected, boolean zh) {
        StringBuilder html = head(zh, t(zh, "Set up payouts", "设置收款"));
        html.append("<h1>")
                .append(t(zh, "Set up payouts for DataPort", "为 DataPort 设置收款"))
                .append("</h1>\n<p>")
                .append(t(
                        zh,
                        "DataPort partners with Stripe to pay you. Connected account ",
                        "DataPort 与 Stripe 合作向您付款。关联账户 "))
                .append("<code id=\"account-id\">")
                .append(esc((String) connected.get("id")))
                .append("</code>")
                .append(t(zh, ", country ", "，国家/地区 "))
                .append(esc((String) connected.get("country")))
                .append(connected.get("email") == null ? "" : " · " + esc((String) connected.get("email")))
                .append(".</p>\n<p>")
                .append(t(zh, "In this test page, choose how onboarding ends:", "这是测试页面，请选择入驻的结果："))
                .append("</p>\n<form method=\"post\"><div class=\"buttons\">\n")
                .append(button(
                        "complete-onboarding",
                        "/setup/s/" + linkId + "/complete",
                        "primary",
                        t(zh, "Complete onboarding", "完成入驻")))
                .append(button(
                        "leave-due",
                        "/setup/s/" + linkId + "/leave_due",
                        "",
                        t(zh, "Leave bank account and ID due", "暂不提供银行账户和身份证件")))
                .append(button(
                        "back", "/setup/s/" + linkId + "/back", "link", t(zh, "Back to DataPort", "返回 DataPort")))
                .append("</div></form>\n");
        return foot(html);
    }
}
