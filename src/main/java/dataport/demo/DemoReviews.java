package dataport.demo;

import dataport.reviews.ReviewInput;
import dataport.reviews.ReviewLanguage;
import dataport.reviews.ReviewService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A few buyer reviews on the first demo listings, in Chinese and English, some with the merchant's reply, so the
 * cards, the listing pages and the "best rated" order show something. The demo has no orders, so these reviews carry
 * none (every review written on the site has its accepted order).
 */
@Component
class DemoReviews {

    /** A demo listing: its id and its merchant's. */
    record Reviewed(long listingId, long merchantId) {}

    private record Entry(
            int listing,
            String reviewer,
            int stars,
            String title,
            String text,
            ReviewLanguage language,
            String reply) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(0, "王磊", 5, "数据准确", "数据字段完整，更新及时，接口文档清楚，接入只用了半天。", ReviewLanguage.ZH, "感谢您的认可，我们会持续保持更新频率。"),
            new Entry(
                    0,
                    "Anna K.",
                    5,
                    "Reliable feed",
                    "Clean schema and daily updates; support answered within hours.",
                    ReviewLanguage.EN,
                    null),
            new Entry(0, "陈晓", 4, null, "整体满意，个别字段的说明可以再详细一些。", ReviewLanguage.ZH, null),
            new Entry(
                    1,
                    "David L.",
                    4,
                    "Good coverage",
                    "Good coverage of Shanghai ports; a few gaps on weekends.",
                    ReviewLanguage.EN,
                    "Thank you. Weekend gaps are being backfilled this month."),
            new Entry(1, "刘芳", 3, "一般", "数据可用，但交付比预期晚了两天。", ReviewLanguage.ZH, null),
            new Entry(
                    2,
                    "Zhang Wei",
                    5,
                    null,
                    "Exactly what the listing described, delivered on time.",
                    ReviewLanguage.EN,
                    null),
            new Entry(3, "赵敏", 2, "延迟较多", "高峰时段接口延迟明显，希望改进。", ReviewLanguage.ZH, "已扩容接口节点，欢迎再次测试。"));

    private final ReviewService reviews;
    private final Clock clock;

    DemoReviews(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Reviews the first few of {@code listings} (in the demo file's order), in the caller's transaction. */
    void load(List<Reviewed> listings) {
        int days = ENTRIES.size() * 3;
        for (Entry e : ENTRIES) {
            if (e.listing() >= listings.size()) {
                continue;
            }
            Reviewed target = listings.get(e.listing());
            var at = clock.instant().minus(Duration.ofDays(days));
            days -= 3;
            long id = reviews.recordDemoReview(
                    target.listingId(),
                    target.merchantId(),
                    e.reviewer(),
                    new ReviewInput(e.stars(), e.title(), e.text(), e.language()),
                    at);
            if (e.reply() != null) {
                reviews.recordDemoReply(id, e.reply(), at.plus(Duration.ofDays(1)));
            }
        }
    }
}
