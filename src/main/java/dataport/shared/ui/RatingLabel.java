package dataport.shared.ui;

import com.vaadin.flow.component.html.Span;
import dataport.shared.RatingSummary;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A listing's average rating and count, for cards and the listing page. Stars alone say nothing to a screen reader:
 * the label reads "4.6 out of 5, 12 reviews" (also visible as "★ 4.6 · 12 reviews").
 */
public class RatingLabel extends Span {

    public RatingLabel(RatingSummary rating) {
        addClassName("dp-rating");
        String average = format(rating.average().doubleValue(), getLocale());
        String spoken = getTranslation("shared.rating.label", average, rating.count());
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", spoken);
        getElement().setAttribute("title", spoken);
        getElement().setAttribute("data-rating", average);
        getElement().setAttribute("data-rating-count", String.valueOf(rating.count()));
        Span star = new Span("★");
        star.addClassName("dp-rating-star");
        Span text = new Span(getTranslation("shared.rating.short", average, rating.count()));
        add(star, text);
    }

    /** One decimal in the reader's way of writing numbers. */
    public static String format(double value, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale == null ? Locale.ENGLISH : locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(value);
    }
}
