package dataport.accounts.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.AccountService;
import dataport.accounts.TokenOutcome;
import dataport.shared.ui.MainLayout;

/** The link in the verification mail: {@code /verify?token=…} verifies the address and says so. */
@Route(value = "verify", layout = MainLayout.class)
@AnonymousAllowed
public class VerifyView extends AccountPage implements BeforeEnterObserver {

    private final AccountService accounts;

    VerifyView(AccountService accounts) {
        super("accounts.verify.title");
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        TokenOutcome outcome = accounts.verifyEmail(token);
        RouterLink signIn = new RouterLink(getTranslation("accounts.signup.sign-in"), LoginView.class);
        signIn.setId("verify-sign-in");
        switch (outcome) {
            case DONE ->
                showMessage("verify-result", "accounts.verify.done.title", "accounts.verify.done.text", signIn);
            case EXPIRED ->
                showMessage("verify-result", "accounts.verify.failed.title", "accounts.verify.expired.text", signIn);
            case INVALID ->
                showMessage("verify-result", "accounts.verify.failed.title", "accounts.verify.invalid.text", signIn);
        }
    }
}
