package dataport.onboarding;

/** An action the application's current state does not allow, e.g. approving a draft. */
public class ApplicationStateException extends IllegalStateException {

    private final ApplicationState state;

    ApplicationStateException(ApplicationState state, String action) {
        super("Cannot " + action + " an application in state " + state);
        this.state = state;
    }

    public ApplicationState state() {
        return state;
    }
}
