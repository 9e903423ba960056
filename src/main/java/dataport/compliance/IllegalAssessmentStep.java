package dataport.compliance;

/** A step the assessment's state does not allow (deciding twice, filing after a decision). */
public class IllegalAssessmentStep extends RuntimeException {

    IllegalAssessmentStep(Long id, AssessmentStatus status, String what) {
        super("Assessment " + id + " is " + status + ": cannot " + what);
    }
}
