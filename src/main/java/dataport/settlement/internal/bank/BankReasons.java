package dataport.settlement.internal.bank;

import java.util.Set;

/**
 * The ISO 20022 status reason codes (external code set ExternalStatusReason1Code) that DataPort explains in plain
 * words; their texts are translation keys {@code settlement-bank.reason.<code>} in both languages. Other codes are
 * shown as "bank reason code XY" with the bank's own text.
 */
public final class BankReasons {

    public static final Set<String> EXPLAINED = Set.of(
            "AC01", "AC03", "AC04", "AC06", "AC13", "AG01", "AG02", "AM01", "AM02", "AM03", "AM04", "AM05", "AM09",
            "BE01", "BE04", "BE05", "CNOR", "DNOR", "DUPL", "FF01", "MD07", "MS02", "MS03", "NARR", "RC01", "RR01",
            "RR02", "RR03", "RR04", "TM01");

    private BankReasons() {}

    /** Translation key for a reason code: its own when explained, else the generic one taking the code. */
    public static String key(String code) {
        return code != null && EXPLAINED.contains(code)
                ? "settlement-bank.reason." + code
                : "settlement-bank.reason.other";
    }
}
