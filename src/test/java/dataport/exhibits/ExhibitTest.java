package dataport.exhibits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExhibitTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Shanghai

    static ExhibitContent content(LocalDateTime start, LocalDateTime end) {
        return new ExhibitContent(
                "winter-data-week",
                Bilingual.of("Winter data week", "冬季数据周"),
                Bilingual.of("Datasets for the new year", null),
                Bilingual.of("Some **intro**", null),
                "#0b3d91",
                start,
                end,
                SHANGHAI,
                0,
                List.of(new ItemRef(ItemKind.LISTING, 1, null), new ItemRef(ItemKind.MERCHANT, 2, null)));
    }

    @Test
    void aPublishedExhibitIsLiveFromItsStartUntilJustBeforeItsEndInItsOwnZone() {
        Exhibit exhibit = new Exhibit(
                content(LocalDateTime.of(2026, 12, 1, 10, 1), LocalDateTime.of(2026, 12, 1, 12, 0)), null, NOW);
        exhibit.publish(NOW);

        assertThat(exhibit.isLiveAt(NOW)).as("a minute before the start").isFalse();
        assertThat(exhibit.isLiveAt(NOW.plusSeconds(60))).as("at the start").isTrue();
        assertThat(exhibit.isLiveAt(Instant.parse("2026-12-01T03:59:59Z"))).isTrue();
        assertThat(exhibit.isLiveAt(Instant.parse("2026-12-01T04:00:00Z")))
                .as("at the end")
                .isFalse();
    }

    @Test
    void aDraftOrArchivedExhibitIsNeverLive() {
        Exhibit exhibit = new Exhibit(content(null, null), null, NOW);
        assertThat(exhibit.isLiveAt(NOW)).isFalse();

        exhibit.publish(NOW);
        assertThat(exhibit.isLiveAt(NOW))
                .as("no schedule: live from publication")
                .isTrue();

        exhibit.archive(NOW);
        assertThat(exhibit.isLiveAt(NOW)).isFalse();
    }

    @Test
    void stateChangesRefuseRepeatingThemselves() {
        Exhibit exhibit = new Exhibit(content(null, null), null, NOW);
        assertThatThrownBy(() -> exhibit.backToDraft(NOW)).isInstanceOf(IllegalStateException.class);
        exhibit.publish(NOW);
        assertThatThrownBy(() -> exhibit.publish(NOW)).isInstanceOf(IllegalStateException.class);
        exhibit.archive(NOW);
        assertThatThrownBy(() -> exhibit.archive(NOW)).isInstanceOf(IllegalStateException.class);
        exhibit.backToDraft(NOW);
        assertThat(exhibit.getState()).isEqualTo(ExhibitState.DRAFT);
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        assertThatThrownBy(() -> new Exhibit(
                        content(LocalDateTime.of(2026, 12, 2, 10, 0), LocalDateTime.of(2026, 12, 1, 10, 0)), null, NOW))
                .isInstanceOfSatisfying(
                        InvalidExhibit.class,
                        e -> assertThat(e.errors()).containsEntry("endsAt", "exhibits.error.end-before-start"));
    }

    @Test
    void theScheduleIsStoredAsInstantsAndShownInTheZoneItWasEnteredIn() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 30);
        ExhibitContent berlin = new ExhibitContent(
                "berlin",
                Bilingual.of("B", null),
                null,
                null,
                "#0b3d91",
                start,
                null,
                ZoneId.of("Europe/Berlin"),
                0,
                List.of());
        Exhibit exhibit = new Exhibit(berlin, null, NOW);

        assertThat(exhibit.getStartsAt()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(exhibit.content().startsAt()).isEqualTo(start);
        assertThat(exhibit.content().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void slugsColoursAndTitlesAreChecked() {
        ExhibitContent bad = new ExhibitContent(
                "Winter Week!", Bilingual.of(" ", null), null, null, "#ffeeaa", null, null, SHANGHAI, 5000, List.of());

        assertThat(ExhibitRules.check(bad))
                .containsEntry("slug", "exhibits.error.slug")
                .containsEntry("title.en", "exhibits.error.title-required")
                .containsEntry("accent", "exhibits.error.contrast")
                .containsEntry("priority", "exhibits.error.priority");
        assertThat(ExhibitRules.check(content(null, null))).isEmpty();
        assertThat(ExhibitRules.contrastWithWhite("#ffffff")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ExhibitRules.contrastWithWhite("#000000"))
                .isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void everyTextOverItsLimitIsRefusedNamingTheLimitAndTheLengthFound() {
        ExhibitContent tooLong = new ExhibitContent(
                "a".repeat(81),
                Bilingual.of("t".repeat(201), "标".repeat(201)),
                Bilingual.of("s".repeat(301), "副".repeat(301)),
                Bilingual.of("i".repeat(20_001), "简".repeat(20_001)),
                "#0b3d91",
                null,
                null,
                SHANGHAI,
                0,
                List.of(new ItemRef(ItemKind.LISTING, 1, Bilingual.of("n".repeat(601), "注".repeat(601)))));

        assertThat(ExhibitRules.violations(tooLong))
                .containsExactlyInAnyOrder(
                        new ExhibitViolation("slug", "exhibits.error.too-long", List.of(80, 81)),
                        new ExhibitViolation("title.en", "exhibits.error.too-long", List.of(200, 201)),
                        new ExhibitViolation("title.zh", "exhibits.error.too-long", List.of(200, 201)),
                        new ExhibitViolation("subtitle.en", "exhibits.error.too-long", List.of(300, 301)),
                        new ExhibitViolation("subtitle.zh", "exhibits.error.too-long", List.of(300, 301)),
                        new ExhibitViolation("intro.en", "exhibits.error.too-long", List.of(20_000, 20_001)),
                        new ExhibitViolation("intro.zh", "exhibits.error.too-long", List.of(20_000, 20_001)),
                        new ExhibitViolation("items.0.note.en", "exhibits.error.too-long", List.of(600, 601)),
                        new ExhibitViolation("items.0.note.zh", "exhibits.error.too-long", List.of(600, 601)));
        assertThatThrownBy(() -> new Exhibit(tooLong, null, NOW)).isInstanceOf(InvalidExhibit.class);
    }

    @Test
    void theSameItemTwiceIsRefused() {
        ExhibitContent twice = new ExhibitContent(
                "twice",
                Bilingual.of("T", null),
                null,
                null,
                "#0b3d91",
                null,
                null,
                SHANGHAI,
                0,
                List.of(new ItemRef(ItemKind.LISTING, 1, null), new ItemRef(ItemKind.LISTING, 1, null)));

        assertThat(ExhibitRules.check(twice)).containsEntry("items", "exhibits.error.duplicate-item");
    }

    @Test
    void editingReportsWhichFieldsChangedAndKeepsTheItemOrder() {
        Exhibit exhibit = new Exhibit(content(null, null), null, NOW);
        ExhibitContent c = exhibit.content();
        ExhibitContent reordered = new ExhibitContent(
                c.slug(),
                Bilingual.of("Winter data week 2026", "冬季数据周"),
                c.subtitle(),
                c.intro(),
                c.accentColour(),
                LocalDateTime.of(2026, 12, 3, 9, 0),
                null,
                c.zone(),
                c.priority(),
                List.of(c.items().get(1), c.items().get(0)));

        assertThat(exhibit.edit(reordered, NOW)).containsExactly("items", "schedule", "title");
        assertThat(exhibit.getItems()).extracting(ItemRef::kind).containsExactly(ItemKind.MERCHANT, ItemKind.LISTING);
    }

    @Test
    void aTextMissingInOneLanguageFallsBackToTheOtherAndSaysSo() {
        Bilingual subtitle = content(null, null).subtitle();

        assertThat(subtitle.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Datasets for the new year");
        assertThat(subtitle.isFallbackIn(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(subtitle.isFallbackIn(Locale.ENGLISH)).isFalse();
    }
}
