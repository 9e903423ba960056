package dataport.settlement;

/**
 * The ledger's accounts, one per kind, party and currency. Platform accounts (BUYER_CLEARING, PLATFORM_FEES, REFUNDS)
 * have party 0; the merchant accounts have the merchant's id. BUYER_CLEARING is debit-normal (the platform's cash from
 * buyers); all others are credit-normal (what is owed to someone), so their balances are shown negated.
 */
public enum AccountKind {
    BUYER_CLEARING(false, false),
    PLATFORM_FEES(true, false),
    REFUNDS(true, false),
    MERCHANT_PENDING(true, true),
    MERCHANT_HELD(true, true),
    MERCHANT_AVAILABLE(true, true),
    MERCHANT_IN_TRANSIT(true, true),
    MERCHANT_PAID_OUT(true, true);

    private final boolean creditNormal;
    private final boolean merchant;

    AccountKind(boolean creditNormal, boolean merchant) {
        this.creditNormal = creditNormal;
        this.merchant = merchant;
    }

    /** The balance as people read it, from the signed sum of the account's lines (debit +, credit −). */
    public long shown(long sumOfLines) {
        return creditNormal ? -sumOfLines : sumOfLines;
    }

    public boolean merchant() {
        return merchant;
    }
}
