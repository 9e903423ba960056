package dataport.evidence.internal;

import dataport.evidence.ChainReport;
import dataport.evidence.EvidenceVerifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dataport.jar --dataport.evidence.verify-and-exit=true} (or {@code ./dataport verify-evidence}):
 * verifies the evidence chain against the configured database, prints every problem and exits with 0 when the chain
 * is intact, 1 when not.
 */
@Component
@ConditionalOnBooleanProperty("dataport.evidence.verify-and-exit")
class VerifyCommand implements ApplicationRunner {

    private final EvidenceVerifier verifier;
    private final ConfigurableApplicationContext context;

    VerifyCommand(EvidenceVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainReport report = verifier.verify();
        System.out.println(describe(report));
        int code = report.valid() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    static String describe(ChainReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Evidence chain: ")
                .append(report.records())
                .append(" records, ")
                .append(report.checkpoints())
                .append(" signed checkpoints");
        if (report.lastCheckpoint() != null) {
            out.append(" (newest: record ")
                    .append(report.lastCheckpoint().sequence())
                    .append(" at ")
                    .append(report.lastCheckpoint().signedAt())
                    .append(')');
        }
        out.append('\n');
        if (report.valid()) {
            out.append("VALID: every record links to the one before and every checkpoint matches.");
        } else {
            out.append("INVALID: ").append(report.problems().size()).append(" problem(s)");
            report.problems()
                    .forEach(p -> out.append("\n  record ")
                            .append(p.sequence())
                            .append(": ")
                            .append(p.kind())
                            .append(" (")
                            .append(p.detail())
                            .append(')'));
        }
        return out.toString();
    }
}
