package dataport.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.reviews.OrderReview;
import dataport.reviews.ReviewService;
import dataport.shared.ui.OrderPageSection;
import dataport.shared.ui.Times;
import java.util.Optional;

/**
 * The review part of an order's page: on the buyer's page, once the order is accepted, the form to rate and review it
 * (then the review, editable for 30 days); on the merchant's page, the buyer's review and the one reply.
 */
@org.springframework.stereotype.Component
class OrderReviewSection implements OrderPageSection {

    private final ReviewService reviews;

    OrderReviewSection(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> forOrder(long orderId) {
        Optional<OrderReview> purchase = reviews.forMyPurchase(orderId);
        if (purchase.isPresent()) {
            if (!purchase.get().mayWrite() && purchase.get().review() == null) {
                return Optional.empty();
            }
            Div section = section();
            buyer(section, orderId, false);
            return Optional.of(section);
        }
        return reviews.forMySale(orderId).filter(s -> s.review() != null).map(sale -> {
            Div section = section();
            merchant(section, orderId);
            return section;
        });
    }

    private static Div section() {
        Div section = new Div();
        section.addClassName("dp-reviews");
        section.setId("order-review");
        return section;
    }

    private void buyer(Div section, long orderId, boolean editing) {
        section.removeAll();
        OrderReview state = reviews.forMyPurchase(orderId).orElseThrow();
        section.add(new H2(section.getTranslation("reviews.order.title")));
        if (state.review() == null) {
            Paragraph lead = new Paragraph(section.getTranslation("reviews.order.lead"));
            lead.addClassName("dp-muted");
            section.add(lead, new ReviewForm(null, input -> reviews.write(orderId, input), () -> {
                buyer(section, orderId, false);
                done(section, "reviews.order.published");
            }));
            return;
        }
        if (editing && state.mayEdit()) {
            section.add(new ReviewForm(
                    state.review(), input -> reviews.edit(state.review().id(), input), () -> {
                        buyer(section, orderId, false);
                        done(section, "reviews.order.saved");
                    }));
            return;
        }
        section.add(new ReviewCard(state.review()));
        if (state.mayEdit()) {
            Paragraph until = new Paragraph(section.getTranslation(
                    "reviews.order.editable-until",
                    Times.format(locale(), state.review().editableUntil())));
            until.addClassName("dp-muted");
            Button edit = new Button(section.getTranslation("reviews.order.edit"), e -> buyer(section, orderId, true));
            edit.setId("review-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(until, edit);
        }
    }

    private void merchant(Div section, long orderId) {
        section.removeAll();
        OrderReview state = reviews.forMySale(orderId).orElseThrow();
        section.add(new H2(section.getTranslation("reviews.sale.title")), new ReviewCard(state.review()));
        if (state.mayReply()) {
            section.add(new ReplyForm(text -> reviews.reply(state.review().id(), text, null), () -> {
                merchant(section, orderId);
                done(section, "reviews.sale.replied");
            }));
        }
    }

    private static java.util.Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    private static void done(Div section, String key) {
        Paragraph done = new Paragraph(section.getTranslation(key));
        done.setId("review-done");
        done.getElement().setAttribute("role", "status");
        section.add(done);
    }
}
