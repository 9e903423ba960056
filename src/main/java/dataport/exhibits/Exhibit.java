package dataport.exhibits;

import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A curated, scheduled, bilingual collection. Its state changes only through {@link #publish}, {@link #archive} and
 * {@link #backToDraft}; whether buyers see it is {@link #isLiveAt}: published and within its schedule, decided when a
 * page is built, so a scheduled exhibit appears and expires on time without any job running.
 */
@Entity
@Table(name = "exhibit")
class Exhibit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    /** The track code of a standing hall; null for a themed exhibit. */
    @Column(name = "hall_track", length = 64)
    private String hallTrack;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    private Bilingual title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "subtitle_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "subtitle_zh"))
    private Bilingual subtitle;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "intro_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "intro_zh"))
    private Bilingual intro;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExhibitState state = ExhibitState.DRAFT;

    @Column(name = "banner_id")
    private Long bannerId;

    @Column(name = "banner_width")
    private Integer bannerWidth;

    @Column(name = "banner_height")
    private Integer bannerHeight;

    @ElementCollection
    @CollectionTable(name = "exhibit_item", joinColumns = @JoinColumn(name = "exhibit_id"))
    @OrderColumn(name = "position")
    private List<ExhibitItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Exhibit() {}

    Exhibit(ExhibitContent content, String hallTrack, Instant now) {
        this.hallTrack = hallTrack;
        this.createdAt = now;
        apply(content, now);
    }

    /**
     * Replaces the content after checking it; returns the names of the fields that changed (for the history).
     *
     * @throws InvalidExhibit naming each refused field
     */
    List<String> edit(ExhibitContent content, Instant now) {
        ExhibitContent before = content();
        apply(content, now);
        return changedFields(before, content());
    }

    private void apply(ExhibitContent c, Instant now) {
        List<ExhibitViolation> errors = ExhibitRules.violations(c);
        if (!errors.isEmpty()) {
            throw new InvalidExhibit(errors);
        }
        this.slug = c.slug();
        this.title = c.title();
        this.subtitle = c.subtitle();
        this.intro = c.intro();
        this.accentColour = c.accentColour().toLowerCase(java.util.Locale.ROOT);
        this.timeZone = c.zone().getId();
        this.startsAt =
                c.startsAt() == null ? null : c.startsAt().atZone(c.zone()).toInstant();
        this.endsAt = c.endsAt() == null ? null : c.endsAt().atZone(c.zone()).toInstant();
        this.priority = c.priority();
        this.items.clear();
        c.items().forEach(i -> this.items.add(new ExhibitItem(i)));
        this.updatedAt = now;
    }

    void publish(Instant now) {
        if (state == ExhibitState.PUBLISHED) {
            throw new IllegalStateException("Exhibit " + id + " is already published");
        }
        state = ExhibitState.PUBLISHED;
        updatedAt = now;
    }

    void archive(Instant now) {
        if (state == ExhibitState.ARCHIVED) {
            throw new IllegalStateException("Exhibit " + id + " is already archived");
        }
        state = ExhibitState.ARCHIVED;
        updatedAt = now;
    }

    /** Takes a published or archived exhibit off the site to work on it again. */
    void backToDraft(Instant now) {
        if (state == ExhibitState.DRAFT) {
            throw new IllegalStateException("Exhibit " + id + " is already a draft");
        }
        state = ExhibitState.DRAFT;
        updatedAt = now;
    }

    void showBanner(long bannerId, int width, int height, Instant now) {
        this.bannerId = bannerId;
        this.bannerWidth = width;
        this.bannerHeight = height;
        this.updatedAt = now;
    }

    /** Published and {@code start <= now < end} (a missing start or end is open). */
    boolean isLiveAt(Instant now) {
        return state == ExhibitState.PUBLISHED && isScheduledAt(startsAt, endsAt, now);
    }

    /** {@code start <= now < end}, a missing start or end being open. */
    static boolean isScheduledAt(Instant start, Instant end, Instant now) {
        return (start == null || !start.isAfter(now)) && (end == null || now.isBefore(end));
    }

    ExhibitContent content() {
        ZoneId zone = ZoneId.of(timeZone);
        return new ExhibitContent(
                slug,
                title,
                subtitle,
                intro,
                accentColour,
                startsAt == null ? null : LocalDateTime.ofInstant(startsAt, zone),
                endsAt == null ? null : LocalDateTime.ofInstant(endsAt, zone),
                zone,
                priority,
                items.stream().map(ExhibitItem::toRef).toList());
    }

    private static List<String> changedFields(ExhibitContent a, ExhibitContent b) {
        TreeSet<String> changed = new TreeSet<>();
        if (!Objects.equals(a.slug(), b.slug())) changed.add("slug");
        if (!Objects.equals(a.title(), b.title())) changed.add("title");
        if (!Objects.equals(a.subtitle(), b.subtitle())) changed.add("subtitle");
        if (!Objects.equals(a.intro(), b.intro())) changed.add("intro");
        if (!Objects.equals(a.accentColour(), b.accentColour())) changed.add("accent");
        if (!Objects.equals(a.startsAt(), b.startsAt())
                || !Objects.equals(a.endsAt(), b.endsAt())
                || !Objects.equals(a.zone(), b.zone())) changed.add("schedule");
        if (a.priority() != b.priority()) changed.add("priority");
        if (!Objects.equals(a.items(), b.items())) changed.add("items");
        return List.copyOf(changed);
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getHallTrack() {
        return hallTrack;
    }

    Bilingual getTitle() {
        return title;
    }

    Bilingual getSubtitle() {
        return subtitle;
    }

    Bilingual getIntro() {
        return intro;
    }

    String getAccentColour() {
        return accentColour;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    int getPriority() {
        return priority;
    }

    ExhibitState getState() {
        return state;
    }

    Long getBannerId() {
        return bannerId;
    }

    Integer getBannerWidth() {
        return bannerWidth;
    }

    Integer getBannerHeight() {
        return bannerHeight;
    }

    List<ItemRef> getItems() {
        return items.stream().map(ExhibitItem::toRef).toList();
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
