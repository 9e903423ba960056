package dataport.evidence;

import java.util.List;

/**
 * One trade's certificate as the public page shows it.
 *
 * @param problems the chain's problems at this trade's records (or at the record right after one of them, which
 *     would show a record of this trade deleted or changed)
 * @param chain the verdict on the whole chain
 */
public record CertificateReport(
        String certificateId, List<EvidenceRecord> records, List<ChainReport.Problem> problems, ChainReport chain) {

    public enum Verdict {
        VALID,
        TRADE_TAMPERED,
        CHAIN_BROKEN_ELSEWHERE
    }

    public Verdict verdict() {
        if (!problems.isEmpty()) {
            return Verdict.TRADE_TAMPERED;
        }
        return chain.valid() ? Verdict.VALID : Verdict.CHAIN_BROKEN_ELSEWHERE;
    }
}
