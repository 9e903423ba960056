package dataport.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A spot-check campaign: the period sampled, the seed that makes the sample reproducible, and who started it. */
@Entity
@Table(name = "spot_check_campaign")
class SpotCheckCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String title;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private long seed;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    @Column(nullable = false)
    private int population;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected SpotCheckCampaign() {}

    SpotCheckCampaign(
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            long seed,
            int sampleSize,
            int population,
            int dueDays,
            String startedBy,
            Instant startedAt) {
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.seed = seed;
        this.sampleSize = sampleSize;
        this.population = population;
        this.dueDays = dueDays;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    int getDueDays() {
        return dueDays;
    }

    SpotCheckCampaignView toView(int cases, int open, int overdue) {
        return new SpotCheckCampaignView(
                id,
                title,
                periodFrom,
                periodTo,
                seed,
                sampleSize,
                population,
                dueDays,
                startedBy,
                startedAt,
                cases,
                open,
                overdue);
    }
}
