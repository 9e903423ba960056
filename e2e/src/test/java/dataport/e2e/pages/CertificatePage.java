package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** The public page {@code /verify/{certificate}}: a trade's evidence records and the verdict. */
public class CertificatePage extends VaadinPage {

    public CertificatePage(Page page) {
        super(page);
    }

    public CertificatePage open(String certificate) {
        go("verify/" + certificate);
        return this;
    }

    public String verdict() {
        return page.locator("#verify-result").innerText().strip();
    }

    /** VALID, TRADE_TAMPERED or CHAIN_BROKEN_ELSEWHERE. */
    public String verdictCode() {
        return page.locator("#verify-result").getAttribute("data-verdict");
    }

    public String records() {
        return page.locator("#evidence-records").innerText();
    }
}
