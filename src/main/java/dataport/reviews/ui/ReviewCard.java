package dataport.reviews.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.reviews.ReviewLanguage;
import dataport.reviews.ReviewView;
import dataport.shared.ui.Times;

/**
 * One review as readers see it: its stars said in words, the reviewer and date, the title and text marked with the
 * language they were written in (the {@code lang} attribute and a visible tag), and the merchant's reply.
 */
class ReviewCard extends Div {

    ReviewCard(ReviewView review) {
        addClassName("dp-review");
        getElement().setAttribute("data-review-id", String.valueOf(review.id()));

        Span stars = new Span("★".repeat(review.rating()) + "☆".repeat(5 - review.rating()));
        stars.addClassName("dp-rating-star");
        String spoken = getTranslation("reviews.card.stars", review.rating());
        stars.getElement().setAttribute("role", "img");
        stars.getElement().setAttribute("aria-label", spoken);
        stars.getElement().setAttribute("title", spoken);
        Span who = new Span(
                getTranslation("reviews.card.by", review.reviewerName(), Times.date(getLocale(), review.writtenAt())));
        Div head = new Div(stars, who, languageTag(review.language(), "reviews.card.language"));
        if (review.orderId() != null) {
            Span verified = new Span(getTranslation("reviews.card.verified"));
            verified.addClassName("dp-badge");
            head.add(verified);
        }
        if (review.editedAt() != null) {
            Span edited = new Span(getTranslation("reviews.card.edited"));
            edited.addClassName("dp-muted");
            head.add(edited);
        }
        head.addClassName("dp-review-head");
        add(head);

        Div body = new Div();
        body.getElement().setAttribute("lang", review.language().tag());
        if (review.title() != null) {
            Paragraph title = new Paragraph(review.title());
            title.addClassName("dp-review-title");
            body.add(title);
        }
        Paragraph text = new Paragraph(review.text());
        text.addClassName("dp-review-text");
        body.add(text);
        add(body);

        if (review.hasReply()) {
            Div reply = new Div();
            reply.addClassName("dp-review-reply");
            Div replyHead = new Div(
                    new Span(getTranslation("reviews.card.reply", Times.date(getLocale(), review.repliedAt()))),
                    languageTag(review.replyLanguage(), "reviews.card.language"));
            replyHead.addClassName("dp-review-head");
            Paragraph replyText = new Paragraph(review.reply());
            replyText.addClassName("dp-review-text");
            replyText.getElement().setAttribute("lang", review.replyLanguage().tag());
            reply.add(replyHead, replyText);
            add(reply);
        }
        if (review.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("reviews.card.hidden", review.hiddenReason()));
            hidden.addClassName("dp-error");
            add(hidden);
        }
    }

    private Span languageTag(ReviewLanguage language, String key) {
        Span tag = new Span(getTranslation(key, getTranslation("reviews.language." + language.name())));
        tag.addClassName("dp-lang-tag");
        tag.addClassName("dp-review-language");
        return tag;
    }
}
