package dataport.reviews.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.reviews.ReviewService;
import dataport.reviews.ReviewView;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The merchant's reviews across their listings at {@code /workspace/reviews}, newest first, each with its one reply. */
@Route(value = MerchantReviewsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantReviewsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "workspace/reviews";

    /** The page lists this many reviews (newest first). */
    static final int LIMIT = 100;

    private final ReviewService reviews;

    MerchantReviewsView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("dp-page");
        setId("merchant-reviews");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("reviews.workspace.title")));
        List<ReviewView> mine = reviews.myMerchantReviews(LIMIT);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reviews.workspace.none"));
            none.addClassName("dp-muted");
            none.setId("merchant-reviews-none");
            add(none);
            return;
        }
        Div list = new Div();
        list.addClassName("dp-reviews");
        for (ReviewView review : mine) {
            ReviewCard card = new ReviewCard(review);
            card.add(new com.vaadin.flow.component.html.Anchor(
                    "listings/" + review.listingId(), getTranslation("reviews.workspace.listing")));
            if (!review.hasReply() && !review.hidden()) {
                card.add(new ReplyForm(text -> reviews.reply(review.id(), text, null), this::show));
            }
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.workspace.title") + " · " + getTranslation("app.name");
    }
}
