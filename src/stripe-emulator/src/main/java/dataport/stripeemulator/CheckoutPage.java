package dataport.stripeemulator;

import java.util.List;
import java.util.Map;

/**
 * The hosted checkout page, in English or Simplified Chinese: a plain HTML form with a "TEST MODE" banner, the line
 * items and total, the buyer's e-mail and one button per outcome. Buttons carry stable ids for browser tests:
 * {@code pay}, {@code decline}, {@code require-action}, {@code back}; the authentication page has
 * {@code complete-auth} and {@code fail-auth}.
 */
final class CheckoutPage {

    private CheckoutPage() {}

    static String t(boolean zh, String en, String cn) {
        return zh ? cn : en;
    }

    static String checkout(Account account, Map<String, Object> session, boolean zh, String error) {
        String id = (String) session.get("id");
        String currency = (String) session.get("currency");
        StringBuilder html = head(zh, t(zh, "Checkout", "结账"));
        String status = (String) session.get("status");
        if (!"open".equals(status)) {
            return closed(session, zh, html);
        }
        html.append("<h1>").append(t(zh, "Pay DataPort", "向 DataPort 付款")).append("</h1>\n");
        if (error != null) {
            html.append("<p id=\"error\" class=\"error\" role=\"alert\">")
                    .append(esc(errorText(error, zh)))
                    .append("</p>\n");
        }
        html.append("<table id=\"line-items\">\n<thead><tr><th>")
                .append(t(zh, "Item", "商品"))
                .append("</th><th>")
                .append(t(zh, "Quantity", "数量"))
                .append("</th><th class=\"num\">")
                .append(t(zh, "Amount", "金额"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Object o : (List<?>) session.get("_line_items")) {
            Map<String, Object> item = Account.castMap(o);
            Map<String, Object> price = Account.castMap(item.get("price"));
            Map<String, Object> product = account.objects.get((String) price.get("product"));
            Map<String, Object> recurring = Account.castMap(price.get("recurring"));
            html.append("<tr class=\"line-item\"><td><strong>")
                    .append(esc((String) product.get("name")))
                    .append("</strong>");
            if (product.get("description") != null) {
                html.append("<br><small>")
                        .append(esc((String) product.get("description")))
                        .append("</small>");
            }
            html.append("</td><td>")
                    .append(item.get("quantity"))
                    .append(" × ")
                    .append(esc(Money.format((Long) price.get("unit_amount"), currency)));
            if (recurring != null) {
                html.append(" ").append(esc(per(recurring, zh)));
            }
            html.append("</td><td class=\"num\">")
                    .append(esc(Money.format((Long) item.get("amount_total"), currency)))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th colspan=\"2\">")
                .append(t(zh, "Total due today", "今日应付总额"))
                .append("</th><th class=\"num\" id=\"total\">")
                .append(esc(Money.format((Long) session.get("amount_total"), currency)))
                .append("</th></tr></tfoot>\n</table>\n");

        Object fixedEmail = session.get("customer_email");
        html.append("<form method=\"post\" action=\"/c/pay/")
                .append(id)
                .append("/pay\" id=\"payment-form\">\n")
                .append("<label for=\"email\">")
                .append(t(zh, "E-mail", "电子邮件"))
                .append("</label>\n")
                .append("<input type=\"email\" id=\"email\" name=\"email\" value=\"")
                .append(esc(account.checkout.email(session)))
                .append("\"")
                .append(fixedEmail != null ? " readonly" : "")
                .append(">\n")
                .append("<p class=\"card\">")
                .append(t(zh, "Card", "银行卡"))
                .append(": VISA •••• 4242 (")
                .append(t(zh, "test card, no real money", "测试卡，不产生真实扣款"))
                .append(")</p>\n")
                .append("<div class=\"buttons\">\n")
                .append(button(
                        "pay",
                        "/c/pay/" + id + "/pay",
                        "primary",
                        t(zh, "Pay ", "支付 ") + Money.format((Long) session.get("amount_total"), currency)))
                .append(button(
                        "decline",
                        "/c/pay/" + id + "/decline",
                        "",
                        t(zh, "Decline (card_declined)", "卡被拒绝（card_declined）")))
                .append(button(
                        "require-action",
                        "/c/pay/" + id + "/require_action",
                        "",
                        t(zh, "Requires action (3-D Secure)", "需要验证（3-D Secure）")))
                .append("</div>\n</form>\n");
        if (session.get("cancel_url") != null) {
            html.append("<form method=\"post\" action=\"/c/pay/")
                    .append(id)
                    .append("/back\">")
                    .append(button("back", "/c/pay/" + id + "/back", "link", t(zh, "← Back", "← 返回")))
                    .append("</form>\n");
        }
        return foot(html);
    }

    static String authenticate(Map<String, Object> session, boolean zh) {
        String id = (String) session.get("id");
        StringBuilder html = head(zh, t(zh, "Authenticate payment", "验证付款"));
        if (!"open".equals(session.get("status"))) {
            return closed(session, zh, html);
        }
        html.append("<h1>")
                .append(t(zh, "3-D Secure authentication", "3-D Secure 验证"))
                .append("</h1>\n")
                .append("<p>")
                .append(t(zh, "Your bank asks you to confirm this payment of ", "您的银行要求确认这笔付款："))
                .append(esc(Money.format((Long) session.get("amount_total"), (String) session.get("currency"))))
                .append(".</p>\n<form method=\"post\"><div class=\"buttons\">\n")
                .append(button(
                        "complete-auth",
                        "/c/pay/" + id + "/complete_auth",
                        "primary",
                        t(zh, "Complete authentication", "完成验证")))
                .append(button("fail-auth", "/c/pay/" + id + "/fail_auth", "", t(zh, "Fail authentication", "验证失败")))
                .append("</div></form>\n");
        return foot(html);
    }

    static String receipt(Map<String, Object> charge, boolean zh) {
        String currency = (String) charge.get("currency");
        StringBuilder html = head(zh, t(zh, "Receipt", "收据"));
        Map<String, Object> card = Account.castMap(
                Account.castMap(charge.get("payment_method_details")).get("card"));
        html.append("<h1>")
                .append(t(zh, "Receipt from DataPort", "DataPort 收据"))
                .append("</h1>\n<dl>\n");
        row(html, t(zh, "Receipt", "收据编号"), (String) charge.get("id"));
        row(html, t(zh, "Amount paid", "已付金额"), Money.format((Long) charge.get("amount"), currency));
        long refunded = (Long) charge.get("amount_refunded");
        if (refunded > 0) {
            row(html, t(zh, "Refunded", "已退款"), Money.format(refunded, currency));
        }
        row(html, t(zh, "Date paid", "付款日期"), date((Long) charge.get("created")));
        row(html, t(zh, "Payment method", "付款方式"), "VISA •••• " + card.get("last4"));
        if (charge.get("description") != null) {
            row(html, t(zh, "Description", "说明"), (String) charge.get("description"));
        }
        return foot(html.append("</dl>\n"));
    }

    static String invoice(Map<String, Object> invoice, boolean zh) {
        String currency = (String) invoice.get("currency");
        StringBuilder html = head(zh, t(zh, "Invoice", "发票"));
        html.append("<h1>")
                .append(t(zh, "Invoice ", "发票 "))
                .append(esc((String) invoice.get("number")))
                .append("</h1>\n<dl>\n");
        row(html, t(zh, "Status", "状态"), (String) invoice.get("status"));
        row(html, t(zh, "Billed to", "账单寄送至"), (String) invoice.get("customer_email"));
        row(html, t(zh, "Total", "总计"), Money.format((Long) invoice.get("total"), currency));
        row(html, t(zh, "Amount paid", "已付金额"), Money.format((Long) invoice.get("amount_paid"), currency));
        html.append("</dl>\n<table>\n");
        for (Object o : (List<?>) Account.castMap(invoice.get("lines")).get("data")) {
            Map<String, Object> line = Account.castMap(o);
            Map<String, Object> period = Account.castMap(line.get("period"));
            html.append("<tr><td>")
                    .append(esc((String) line.get("description")))
                    .append("<br><small>")
                    .append(date((Long) period.get("start")))
                    .append(" – ")
                    .append(date((Long) period.get("end")))
                    .append("</small></td><td class=\"num\">")
                    .append(esc(Money.format((Long) line.get("amount"), currency)))
                    .append("</td></tr>\n");
        }
        return foot(html.append("</table>\n"));
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<dt>")
                .append(esc(label))
                .append("</dt><dd>")
                .append(esc(value))
                .append("</dd>\n");
    }

    private static String date(long epochSecond) {
        return java.time.Instant.ofEpochSecond(epochSecond)
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate()
                .toString();
    }

    private static String closed(Map<String, Object> session, boolean zh, StringBuilder html) {
        String status = (String) session.get("status");
        if ("complete".equals(status)) {
            html.append("<h1 id=\"status\">")
                    .append(t(zh, "This payment is complete", "此笔付款已完成"))
                    .append("</h1>\n<p><a id=\"continue\" href=\"")
                    .append(esc(Emulator.successUrl(session)))
                    .append("\">")
                    .append(t(zh, "Continue", "继续"))
                    .append("</a></p>\n");
        } else {
            html.append("<h1 id=\"status\">")
                    .append(t(zh, "This checkout session has expired", "此结账会话已过期"))
                    .append("</h1>\n");
            if (session.get("cancel_url") != null) {
                html.append("<p><a id=\"continue\" href=\"")
                        .append(esc((String) session.get("cancel_url")))
                        .append("\">")
                        .append(t(zh, "Back", "返回"))
                        .append("</a></p>\n");
            }
        }
        return foot(html);
    }

    private static String per(Map<String, Object> recurring, boolean zh) {
        long count = (Long) recurring.get("interval_count");
        String interval = (String) recurring.get("interval");
        String unit = switch (interval) {
            case "day" -> t(zh, "day", "天");
            case "week" -> t(zh, "week", "周");
            case "month" -> t(zh, "month", "月");
            default -> t(zh, "year", "年");
        };
        if (zh) {
            return count == 1 ? "/ 每" + unit : "/ 每 " + count + " " + (interval.equals("month") ? "个月" : unit);
        }
        return count == 1 ? "per " + unit : "every " + count + " " + unit + "s";
    }

    private static String errorText(String code, boolean zh) {
        return switch (code) {
            case "card_declined" ->
                t(zh, "Your card was declined. Try again or use another card.", "您的银行卡被拒绝。请重试或使用其他银行卡。");
            case "authentication_failed" ->
                t(
                        zh,
                        "We are unable to authenticate your payment method. Please choose"
                                + " a different payment method and try again.",
                        "无法验证您的付款方式。请选择其他付款方式后重试。");
            default -> code;
        };
    }

    static String button(String id, String action, String cssClass, String label) {
        return "<button type=\"submit\" id=\"" + id + "\" formaction=\"" + action + "\""
                + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"") + ">" + esc(label) + "</button>\n";
    }

    static StringBuilder head(boolean zh, String title) {
        return new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(zh ? "zh-CN" : "en")
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(title))
                .append(" · Stripe (")
                .append(t(zh, "test mode", "测试模式"))
                .append(")</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:0 1rem 2rem;")
                .append("color:#1a1f36}\n")
                .append(".test-mode{background:#ffde92;color:#6b3c00;font-weight:700;text-align:center;")
                .append("padding:.4rem;margin:0 -1rem 1rem;letter-spacing:.05em}\n")
                .append("table{width:100%;border-collapse:collapse;margin:1rem 0}")
                .append("th,td{text-align:left;padding:.4rem;border-bottom:1px solid #e3e8ee}.num{text-align:right}\n")
                .append("label{display:block;font-weight:600;margin-top:1rem}")
                .append("input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}\n")
                .append(".buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}")
                .append("button{padding:.6rem 1rem;font-size:1rem;border:1px solid #8792a2;border-radius:4px;")
                .append("background:#fff;cursor:pointer}\n")
                .append("button.primary{background:#635bff;color:#fff;border-color:#635bff}")
                .append("button.link{border:none;background:none;color:#635bff;padding-left:0}\n")
                .append(".error{background:#fde8e8;color:#9b1c1c;padding:.6rem;border-radius:4px}\n")
                .append("</style>\n</head>\n<body>\n<div class=\"test-mode\" id=\"test-mode\">")
                .append(t(zh, "TEST MODE", "测试模式"))
                .append(" · DataPort Stripe emulator</div>\n");
    }

    static String foot(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
