package dataport.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dataport.reviews.ReviewService;
import dataport.reviews.ReviewView;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import dataport.shared.ui.ListingPageSection;
import dataport.shared.ui.RatingLabel;
import java.util.List;
import java.util.Optional;

/**
 * A listing page's reviews: the average and count, then the visible reviews newest first, each in its own language with
 * the merchant's reply. Staff who moderate see a "Hide" button on each.
 */
@org.springframework.stereotype.Component
class ListingReviewsSection implements ListingPageSection {

    private final ReviewService reviews;
    private final ListingRatings ratings;

    ListingReviewsSection(ReviewService reviews, ListingRatings ratings) {
        this.reviews = reviews;
        this.ratings = ratings;
    }

    @Override
    public Optional<Component> forListing(long listingId) {
        Section section = new Section();
        section.addClassName("dp-reviews");
        section.setId("listing-reviews");
        fill(section, listingId);
        return Optional.of(section);
    }

    private void fill(Section section, long listingId) {
        section.removeAll();
        section.add(new H2(section.getTranslation("reviews.listing.title")));
        RatingSummary rating = ratings.of(listingId);
        if (rating.isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("reviews.listing.none"));
            none.addClassName("dp-muted");
            none.setId("reviews-none");
            section.add(none);
            return;
        }
        RatingLabel summary = new RatingLabel(rating);
        summary.setId("listing-rating");
        section.add(summary);
        boolean moderator = reviews.mayModerate();
        List<ReviewView> visible = reviews.visibleFor(listingId);
        for (ReviewView review : visible) {
            ReviewCard card = new ReviewCard(review);
            if (moderator) {
                Button hide = new Button(
                        section.getTranslation("reviews.hide.button"),
                        e -> new HideDialog(reason -> reviews.hide(review.id(), reason), () -> fill(section, listingId))
                                .open());
                hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                hide.addClassName("dp-review-hide");
                card.add(new Div(hide));
            }
            section.add(card);
        }
    }
}
