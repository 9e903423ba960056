package dataport.settlement.internal.bank;

import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;
import dataport.settlement.internal.bank.PaymentStatusReport.Reason;
import dataport.settlement.internal.bank.PaymentStatusReport.TransactionStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pain.002.001.10 customer payment status report: it must be well-formed, valid against the official XSD
 * and answer a pain.001; then Prowide parses it. Problems come back as {@link BankFileException}s with translation
 * keys: {@code settlement-bank.report.not-xml}, {@code .invalid}, {@code .wrong-message}.
 */
public final class Pain002Reader {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";

    private Pain002Reader() {}

    public static PaymentStatusReport read(byte[] bytes) {
        String xml = new String(bytes, StandardCharsets.UTF_8);
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        if (!xml.stripLeading().startsWith("<")) {
            throw new BankFileException("settlement-bank.report.not-xml", null);
        }
        if (!xml.contains(NAMESPACE)) {
            throw new BankFileException("settlement-bank.report.wrong-message", null);
        }
        List<String> problems = BankFileSchemas.PAIN_002_001_10.problems(xml);
        if (!problems.isEmpty()) {
            String first = problems.getFirst();
            if (first.contains("must be well-formed")
                    || first.contains("Content is not allowed")
                    || first.contains("must be terminated")
                    || first.contains("XML document structures")) {
                throw new BankFileException("settlement-bank.report.not-xml", null);
            }
            throw new BankFileException("settlement-bank.report.invalid", null, first);
        }
        MxPain00200110 mx = MxPain00200110.parse(xml);
        if (mx == null || mx.getCstmrPmtStsRpt() == null) {
            throw new BankFileException("settlement-bank.report.wrong-message", null);
        }
        CustomerPaymentStatusReportV10 report = mx.getCstmrPmtStsRpt();
        OriginalGroupHeader17 group = report.getOrgnlGrpInfAndSts();
        List<TransactionStatus> transactions = new ArrayList<>();
        for (OriginalPaymentInstruction32 instruction : report.getOrgnlPmtInfAndSts()) {
            for (PaymentTransaction105 tx : instruction.getTxInfAndSts()) {
                String status = tx.getTxSts() != null ? tx.getTxSts() : instruction.getPmtInfSts();
                List<Reason> reasons = reasons(tx.getStsRsnInf());
                if (reasons.isEmpty()) {
                    reasons = reasons(instruction.getStsRsnInf());
                }
                transactions.add(new TransactionStatus(tx.getOrgnlEndToEndId(), status, reasons));
            }
        }
        return new PaymentStatusReport(
                report.getGrpHdr().getMsgId(),
                group.getOrgnlMsgId(),
                group.getGrpSts(),
                reasons(group.getStsRsnInf()),
                transactions);
    }

    private static List<Reason> reasons(List<StatusReasonInformation12> infos) {
        List<Reason> reasons = new ArrayList<>();
        for (StatusReasonInformation12 info : infos) {
            String code = null;
            if (info.getRsn() != null) {
                code = info.getRsn().getCd() != null
                        ? info.getRsn().getCd()
                        : info.getRsn().getPrtry();
            }
            String extra = info.getAddtlInf().isEmpty() ? null : String.join(" ", info.getAddtlInf());
            reasons.add(new Reason(code, extra));
        }
        return reasons;
    }
}
