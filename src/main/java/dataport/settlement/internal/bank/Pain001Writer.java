package dataport.settlement.internal.bank;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemIdentification2Choice;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemMemberIdentification2;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import dataport.settlement.internal.bank.CreditTransferBatch.CreditTransfer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/**
 * Writes a pain.001.001.09 customer credit transfer initiation with Prowide ISO 20022: one payment information block
 * (the platform's account as debtor), one transaction per payout with its end-to-end id. Each creditor agent is
 * identified by BIC and by its CNAPS code as clearing system member id (clearing system code {@code CNAPS}).
 *
 * <p>Amounts: minor units are turned into decimals by moving the point by the currency's fraction digits
 * ({@code BigDecimal.valueOf(minor, digits)}); the control sum is the sum of the minor units converted once. Nothing
 * is rounded, so the control sum equals the sum of the amounts exactly.
 *
 * <p>The file is checked against the official XSD before it is returned: an invalid file is never offered.
 */
public final class Pain001Writer {

    static final String CLEARING_SYSTEM_CNAPS = "CNAPS";

    private Pain001Writer() {}

    public static String write(CreditTransferBatch batch) {
        int digits = Currency.getInstance(batch.currency()).getDefaultFractionDigits();
        String count = Integer.toString(batch.transfers().size());
        BigDecimal controlSum = BigDecimal.valueOf(batch.controlSumMinor(), digits);

        GroupHeader85 header = new GroupHeader85()
                .setMsgId(max(batch.messageId(), 35))
                .setCreDtTm(batch.createdAt().atOffset(ZoneOffset.UTC).withNano(0))
                .setNbOfTxs(count)
                .setCtrlSum(controlSum)
                .setInitgPty(
                        new PartyIdentification135().setNm(max(batch.debtor().name(), 140)));

        PaymentInstruction30 payment = new PaymentInstruction30()
                .setPmtInfId(max(batch.messageId(), 35))
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(false)
                .setNbOfTxs(count)
                .setCtrlSum(controlSum)
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(batch.executionDate()))
                .setDbtr(new PartyIdentification135().setNm(max(batch.debtor().name(), 140)))
                .setDbtrAcct(account(batch.debtor().accountNumber(), batch.currency()))
                .setDbtrAgt(agent(batch.debtor().bic(), batch.debtor().cnaps(), null))
                .setChrgBr(ChargeBearerType1Code.DEBT);
        for (CreditTransfer transfer : batch.transfers()) {
            payment.addCdtTrfTxInf(transaction(transfer, batch.currency(), digits));
        }

        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09().setGrpHdr(header);
        initiation.getPmtInf().add(payment);
        MxPain00100109 mx = new MxPain00100109().setCstmrCdtTrfInitn(initiation);

        MxWriteConfiguration configuration = new MxWriteConfiguration();
        configuration.documentPrefix = null;
        configuration.includeXMLDeclaration = true;
        // Prowide's default handler writes every non-ASCII character as &#nnnn;, which is valid but unreadable for
        // Chinese names: the file is UTF-8, so only markup characters are escaped.
        configuration.escapeHandler = Pain001Writer::escapeMarkupOnly;
        String xml = mx.message(configuration);

        List<String> problems = BankFileSchemas.PAIN_001_001_09.problems(xml);
        if (!problems.isEmpty()) {
            throw new BankFileException("settlement-bank.file.invalid", null, String.join("; ", problems));
        }
        return xml;
    }

    private static CreditTransferTransaction34 transaction(CreditTransfer transfer, String currency, int digits) {
        CreditTransferTransaction34 tx = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6()
                        .setInstrId(max(transfer.endToEndId(), 35))
                        .setEndToEndId(max(transfer.endToEndId(), 35)))
                .setAmt(new AmountType4Choice()
                        .setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                                .setCcy(currency)
                                .setValue(BigDecimal.valueOf(transfer.amountMinor(), digits))))
                .setCdtrAgt(agent(transfer.bic(), transfer.cnaps(), transfer.bankName()))
                .setCdtr(new PartyIdentification135().setNm(max(transfer.beneficiaryName(), 140)))
                .setCdtrAcct(account(transfer.accountNumber(), null));
        if (transfer.remittanceText() != null && !transfer.remittanceText().isBlank()) {
            tx.setRmtInf(new RemittanceInformation16().addUstrd(max(transfer.remittanceText(), 140)));
        }
        return tx;
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic, String cnaps, String bankName) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (bic != null && !bic.isBlank()) {
            institution.setBICFI(bic.strip());
        }
        if (cnaps != null && !cnaps.isBlank()) {
            institution.setClrSysMmbId(new ClearingSystemMemberIdentification2()
                    .setClrSysId(new ClearingSystemIdentification2Choice().setCd(CLEARING_SYSTEM_CNAPS))
                    .setMmbId(cnaps.strip()));
        }
        if (bankName != null && !bankName.isBlank()) {
            institution.setNm(max(bankName, 140));
        }
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(institution);
    }

    private static CashAccount38 account(String number, String currency) {
        CashAccount38 account = new CashAccount38()
                .setId(new AccountIdentification4Choice()
                        .setOthr(new GenericAccountIdentification1().setId(number.strip())));
        if (currency != null) {
            account.setCcy(currency);
        }
        return account;
    }

    private static String escapeMarkupOnly(char[] chars, boolean attribute) {
        StringBuilder out = new StringBuilder(chars.length);
        for (char c : chars) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses whitespace and cuts to the schema's maximum length (names longer than 140 characters are rare). */
    private static String max(String text, int length) {
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.length() <= length ? clean : clean.substring(0, length);
    }
}
