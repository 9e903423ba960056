package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitForm;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ItemKind;
import dataport.exhibits.ItemRef;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ExhibitEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ExhibitService exhibits;

    @BeforeEach
    void signInAsCurator() {
        DemoSignIn.as(signIn, "curator@dataport.example");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEndBeforeTheStartIsShownOnTheEndFieldAndNothingTypedIsLost() {
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        text("exhibit-title-en").setValue("Backwards week");
        text("exhibit-title-zh").setValue("倒序周");
        text("exhibit-slug").setValue("backwards-week-" + System.nanoTime());
        $(DateTimePicker.class).id("exhibit-starts-at").setValue(LocalDateTime.of(2027, 1, 2, 10, 0));
        $(DateTimePicker.class).id("exhibit-ends-at").setValue(LocalDateTime.of(2027, 1, 1, 10, 0));

        test($(Button.class).id("exhibit-save")).click();

        DateTimePicker end = $(DateTimePicker.class).id("exhibit-ends-at");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(getCurrentView()).isInstanceOf(ExhibitEditorView.class);
        assertThat(text("exhibit-title-zh").getValue()).isEqualTo("倒序周");
    }

    @Test
    void aTooLightAccentAndABadAddressAreRefusedWithReasons() {
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        text("exhibit-title-en").setValue("Pale");
        text("exhibit-slug").setValue("Pale Week");
        text("exhibit-accent").setValue("#fafafa");

        test($(Button.class).id("exhibit-save")).click();

        assertThat(text("exhibit-slug").getErrorMessage()).startsWith("Use lower-case letters");
        assertThat(text("exhibit-accent").getErrorMessage()).startsWith("Too light");
    }

    @Test
    void aStaleSaveIsRefusedAndTheFormKeepsWhatWasTyped() {
        long id = exhibits.create(content("stale-" + System.nanoTime()));
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);

        ExhibitForm other = exhibits.edit(id).orElseThrow();
        ExhibitContent c = other.content();
        exhibits.save(
                id,
                other.version(),
                new ExhibitContent(
                        c.slug(),
                        Bilingual.of("Changed by another curator", null),
                        c.subtitle(),
                        c.intro(),
                        c.accentColour(),
                        c.startsAt(),
                        c.endsAt(),
                        c.zone(),
                        c.priority(),
                        c.items()));

        text("exhibit-title-en").setValue("My careful rewrite");
        test($(Button.class).id("exhibit-save")).click();

        assertThat($(Div.class).id("stale-warning").isVisible()).isTrue();
        assertThat($(Div.class).id("stale-warning").getElement().getTextRecursively())
                .contains("Another curator changed this exhibit");
        assertThat(text("exhibit-title-en").getValue()).isEqualTo("My careful rewrite");
        assertThat(exhibits.edit(id).orElseThrow().content().title().en()).isEqualTo("Changed by another curator");
    }

    @Test
    void itemsMoveUpAndDownAndThePreviewInChineseShowsTheChineseTexts() {
        long id = exhibits.create(content("order-" + System.nanoTime()));
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        ExhibitEditorView editor = (ExhibitEditorView) getCurrentView();
        long first = editor.itemRows().get(0).targetId;

        editor.move(editor.itemRows().get(0), 1);
        test($(Button.class).id("exhibit-save")).click();

        assertThat(exhibits.edit(id).orElseThrow().content().items().get(1).targetId())
                .isEqualTo(first);

        test($(Button.class).id("preview-zh")).click();

        Dialog preview = $(Dialog.class).id("exhibit-preview");
        assertThat(preview.isOpened()).isTrue();
        assertThat($(H1.class).id("exhibit-title").getElement().getTextRecursively())
                .isEqualTo("冬季数据周");
        assertThat(UI.getCurrent().getLocale())
                .as("the page itself keeps its language")
                .isEqualTo(Languages.ENGLISH);
    }

    private ExhibitContent content(String slug) {
        List<Long> ids = exhibits.halls().isEmpty()
                ? List.of()
                : exhibits.findLive("hall-cloud").orElseThrow().items().stream()
                        .filter(i -> i.kind() == ItemKind.LISTING)
                        .map(i -> i.listing().id())
                        .toList();
        return new ExhibitContent(
                slug,
                Bilingual.of("Winter data week", "冬季数据周"),
                null,
                null,
                "#0b3d91",
                null,
                null,
                null,
                0,
                List.of(
                        new ItemRef(ItemKind.LISTING, ids.get(0), null),
                        new ItemRef(ItemKind.LISTING, ids.get(1), null)));
    }

    private TextField text(String id) {
        return $(TextField.class).id(id);
    }
}
