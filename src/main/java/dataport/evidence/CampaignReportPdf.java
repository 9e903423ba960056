package dataport.evidence;

import dataport.shared.Languages;
import dataport.shared.PdfDocuments;
import dataport.shared.PdfWriter;
import dataport.shared.ui.Times;
import dataport.shared.ui.Translations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A campaign's report as a bilingual PDF (every label in English and Chinese), made with the shared PDF writer. */
@Component
class CampaignReportPdf {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PdfDocuments pdf;
    private final Translations translations;

    CampaignReportPdf(PdfDocuments pdf, Translations translations) {
        this.pdf = pdf;
        this.translations = translations;
    }

    boolean available() {
        return pdf.available();
    }

    byte[] render(SpotCheckCampaignView c, Map<String, Long> strata, List<SpotCheckCaseView> cases, Instant now) {
        try (PdfWriter doc = pdf.create("Spot check " + c.id())) {
            doc.heading(both("evidence.pdf.title") + ": " + c.title());
            doc.note(both("evidence.pdf.issued") + " " + Times.format(Languages.ENGLISH, now, ZONE));
            doc.rule();
            doc.field(
                    both("evidence.pdf.period"),
                    Times.date(Languages.ENGLISH, c.periodFrom()) + " – "
                            + Times.date(Languages.ENGLISH, c.periodTo()));
            doc.field(both("evidence.pdf.seed"), String.valueOf(c.seed()));
            doc.field(both("evidence.pdf.population"), String.valueOf(c.population()));
            doc.field(both("evidence.pdf.sampled"), c.cases() + " / " + c.sampleSize());
            doc.field(
                    both("evidence.pdf.strata"),
                    String.join(
                            " · ",
                            strata.entrySet().stream()
                                    .map(e -> both("evidence.spot.class." + e.getKey()) + " " + e.getValue())
                                    .toList()));
            doc.field(
                    both("evidence.pdf.open"),
                    c.open() + " (" + both("evidence.spot.col.overdue") + " " + c.overdue() + ")");
            doc.subheading(both("evidence.spot.cases"));
            doc.table(
                    new float[] {0.27f, 0.13f, 0.2f, 0.2f, 0.2f},
                    new boolean[] {false, false, false, false, false},
                    both("evidence.pdf.certificate"),
                    both("evidence.pdf.classification"),
                    both("evidence.pdf.status"),
                    both("evidence.pdf.finding"),
                    both("evidence.pdf.due"));
            for (SpotCheckCaseView k : cases) {
                doc.row(
                        k.certificateId(),
                        k.classification(),
                        both("evidence.spot.status." + k.status().name())
                                + (k.overdue() ? " · " + both("evidence.spot.col.overdue") : ""),
                        k.finding() == null
                                ? "-"
                                : both("evidence.spot.finding." + k.finding().name())
                                        + (k.findingNote() == null ? "" : ": " + k.findingNote()),
                        k.dueAt() == null ? "-" : Times.format(Languages.ENGLISH, k.dueAt(), ZONE));
            }
            return doc.finish();
        }
    }

    private String both(String key) {
        return translations.getTranslation(key, Languages.ENGLISH)
                + " / "
                + translations.getTranslation(key, Languages.CHINESE);
    }
}
