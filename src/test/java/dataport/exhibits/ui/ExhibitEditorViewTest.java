package dataport.exhibits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitForm;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ItemKind;
import dataport.exhibits.ItemRef;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
        assertThat($(Paragraph.class).id("items-summary").getText()).isEqualTo("2 listings and no merchants");

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

    @Test
    void theBannerUploadSpeaksTheCuratorsLanguageInEnglishAndChinese() {
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        UploadI18N english = $(Upload.class).id("banner-upload").getI18n();
        assertThat(english.getAddFiles().getOne()).isEqualTo("Choose a banner image…");
        assertThat(english.getDropFiles().getOne()).isEqualTo("or drop a JPEG or PNG image here");
        assertThat(english.getError().getFileIsTooBig()).isEqualTo("The file is larger than 5 MB.");

        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(CurationView.class);
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        UploadI18N chinese = $(Upload.class).id("banner-upload").getI18n();
        assertThat(chinese.getAddFiles().getOne()).isEqualTo("选择横幅图片…");
        assertThat(chinese.getDropFiles().getOne()).isEqualTo("或将 JPEG、PNG 图片拖放到此处");
        assertThat(chinese.getError().getFileIsTooBig()).isEqualTo("文件超过 5 MB。");
        assertThat(chinese.getError().getIncorrectFileType()).isEqualTo("横幅须为 JPEG 或 PNG 图片。");
    }

    @Test
    void anUploadedBannerIsStillThereAfterLeavingWithoutSaving() throws IOException {
        long id = exhibits.create(content("banner-kept-" + System.nanoTime()));
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        ExhibitEditorView editor = (ExhibitEditorView) getCurrentView();
        text("exhibit-title-en").setValue("Typed but never saved");

        editor.bannerPanel().uploaded("banner.png", png(1800, 500));
        assertThat($(Div.class).id("banner-preview").getChildren()).hasAtLeastOneElementOfType(Image.class);

        navigate(CurationView.class);
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);

        assertThat($(Div.class).id("banner-preview").getChildren()).hasAtLeastOneElementOfType(Image.class);
        assertThat(exhibits.edit(id).orElseThrow().bannerId()).isNotNull();
    }

    @Test
    void aBannerChosenForANewExhibitSavesTheDraftWithIt() throws IOException {
        String slug = "banner-first-" + System.nanoTime();
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        text("exhibit-title-en").setValue("Banner first");
        text("exhibit-slug").setValue(slug);

        ((ExhibitEditorView) getCurrentView()).bannerPanel().uploaded("banner.png", png(1800, 500));

        long id = exhibits.list().stream()
                .filter(r -> r.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(exhibits.edit(id).orElseThrow().bannerId()).isNotNull();
        navigate(CurationView.class);
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        assertThat($(Div.class).id("banner-preview").getChildren()).hasAtLeastOneElementOfType(Image.class);
        assertThat(text("exhibit-title-en").getValue()).isEqualTo("Banner first");
    }

    @Test
    void aBannerForANewExhibitWithoutAnAddressMarksTheFieldAndCreatesNothing() throws IOException {
        navigate("curation/exhibits/new", ExhibitEditorView.class);
        text("exhibit-title-en").setValue("No address yet");

        ((ExhibitEditorView) getCurrentView()).bannerPanel().uploaded("banner.png", png(1800, 500));

        assertThat(getCurrentView()).isInstanceOf(ExhibitEditorView.class);
        assertThat(text("exhibit-slug").isInvalid()).isTrue();
        assertThat($(Paragraph.class).id("banner-error").getText()).startsWith("The banner was not saved");
        assertThat(text("exhibit-title-en").getValue()).isEqualTo("No address yet");
    }

    @Test
    void everyLengthLimitedFieldRefusesAnOverLongValueWithTheLimitAndKeepsTheText() {
        long id = exhibits.create(content("too-long-" + System.nanoTime()));
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("exhibit-title-en", 200);
        limits.put("exhibit-title-zh", 200);
        limits.put("exhibit-subtitle-en", 300);
        limits.put("exhibit-subtitle-zh", 300);
        limits.put("exhibit-slug", 80);
        Map<String, String> typed = new LinkedHashMap<>();
        limits.forEach((field, max) -> {
            String value = field.equals("exhibit-slug") ? "a".repeat(max + 1) : "字".repeat(max + 1);
            typed.put(field, value);
            assertThat(text(field).getMaxLength())
                    .as("no client-side cut on " + field)
                    .isZero();
            text(field).setValue(value);
        });
        String intro = "x".repeat(20_001);
        $(TextArea.class).id("exhibit-intro-en").setValue(intro);
        $(TextArea.class).id("exhibit-intro-zh").setValue(intro);
        ExhibitEditorView editor = (ExhibitEditorView) getCurrentView();
        editor.itemRows().get(0).noteEn = "n".repeat(601);

        test($(Button.class).id("exhibit-save")).click();

        limits.forEach((field, max) -> {
            assertThat(text(field).isInvalid()).as(field).isTrue();
            assertThat(text(field).getErrorMessage())
                    .as(field)
                    .isEqualTo("Too long: at most " + max + " characters, this has " + (max + 1)
                            + ". Nothing was cut; please shorten it.");
            assertThat(text(field).getValue()).isEqualTo(typed.get(field));
        });
        for (String field : List.of("exhibit-intro-en", "exhibit-intro-zh")) {
            TextArea area = $(TextArea.class).id(field);
            assertThat(area.getMaxLength()).isZero();
            assertThat(area.getErrorMessage()).startsWith("Too long: at most 20,000 characters, this has 20,001.");
            assertThat(area.getValue()).hasSize(20_001);
        }
        TextField note = noteField(0, "item-note-en");
        assertThat(note.getMaxLength()).isZero();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Too long: at most 600 characters, this has 601.");
        assertThat(note.getValue()).hasSize(601);
        assertThat(exhibits.edit(id).orElseThrow().content().title().en()).isEqualTo("Winter data week");
    }

    @Test
    void aPasteOverTheLimitIsMarkedAtOnceInChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(CurationView.class);
        navigate("curation/exhibits/new", ExhibitEditorView.class);

        test(text("exhibit-title-zh")).setValue("长".repeat(201));

        assertThat(text("exhibit-title-zh").isInvalid()).isTrue();
        assertThat(text("exhibit-title-zh").getErrorMessage()).isEqualTo("内容过长：最多 200 个字符，当前为 201 个。内容未被截断，请删减。");
        assertThat(text("exhibit-title-zh").getValue()).hasSize(201);
    }

    @Test
    void aSingleListingOrMerchantIsBadgedInTheSingularInBothLanguages() {
        long id = exhibits.create(content("singular-" + System.nanoTime()));
        ExhibitForm form = exhibits.edit(id).orElseThrow();
        long merchant = exhibits.searchMerchants(null, 1).get(0).id();
        ExhibitContent c = form.content();
        exhibits.save(
                id,
                form.version(),
                new ExhibitContent(
                        c.slug(),
                        c.title(),
                        c.subtitle(),
                        c.intro(),
                        c.accentColour(),
                        c.startsAt(),
                        c.endsAt(),
                        c.zone(),
                        c.priority(),
                        List.of(c.items().get(0), new ItemRef(ItemKind.MERCHANT, merchant, null))));

        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        assertThat(kindBadge(0)).isEqualTo("Listing");
        assertThat(kindBadge(1)).isEqualTo("Merchant");
        assertThat($(Paragraph.class).id("items-summary").getText()).isEqualTo("1 listing and 1 merchant");

        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(CurationView.class);
        navigate("curation/exhibits/" + id, ExhibitEditorView.class);
        assertThat(kindBadge(0)).isEqualTo("产品");
        assertThat(kindBadge(1)).isEqualTo("数商");
        assertThat($(Paragraph.class).id("items-summary").getText()).isEqualTo("1 个产品、1 家数商");
    }

    @SuppressWarnings("unchecked")
    private Component itemCell(int row) {
        Grid<ItemList.ItemRow> grid = $(Grid.class).id("exhibit-items-editor");
        return test(grid).getCellComponent(row, 1);
    }

    private String kindBadge(int row) {
        return descendants(itemCell(row))
                .filter(c -> c.getClassNames().contains("dp-item-kind"))
                .map(c -> c.getElement().getText())
                .findFirst()
                .orElseThrow();
    }

    private TextField noteField(int row, String className) {
        return descendants(itemCell(row))
                .filter(c -> c instanceof TextField && c.hasClassName(className))
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Stream<HasStyle> descendants(Component root) {
        return Stream.concat(
                root instanceof HasStyle s ? Stream.of(s) : Stream.empty(),
                root.getChildren().flatMap(ExhibitEditorViewTest::descendants));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
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
