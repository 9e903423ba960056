package dataport.audit;

import org.springframework.stereotype.Service;

/** Records staff decisions in the caller's transaction; entries are never changed or deleted. */
@Service
public class AuditService {

    /**
     * @param action what was decided, e.g. {@code merchant-application.approved}
     * @param subjectType what it was about, e.g. {@code merchant-application}
     * @param subjectId which one
     * @param before its state before, as short text or JSON (may be null)
     * @param after its state after, as short text or JSON (may be null)
     */
    public void record(String action, String subjectType, String subjectId, String before, String after) {
        throw new UnsupportedOperationException("audit: not implemented yet");
    }
}
