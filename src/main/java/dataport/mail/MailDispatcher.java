package dataport.mail;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Delivers the outbox: by SMTP when {@code spring.mail.host} is set, otherwise each mail is marked KEPT and its
 * recipient, subject and links are logged, so every mail flow can be finished on a machine without a mail server.
 *
 * <p>One run at a time per node ({@code synchronized}). Several nodes would each need to claim their mails, e.g. with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}; the optimistic lock on the mail already keeps a mail from being marked
 * twice, but not from being sent twice.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int BATCH = 50;

    private final OutgoingMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String smtpHost;
    private final String from;

    MailDispatcher(
            OutgoingMails mails,
            ObjectProvider<JavaMailSender> sender,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${spring.mail.host:}") String smtpHost,
            @Value("${dataport.mail.from}") String from) {
        this.mails = mails;
        this.sender = sender;
        this.transaction = transaction;
        this.clock = clock;
        this.smtpHost = smtpHost;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${dataport.mail.dispatch-interval:2s}", initialDelayString = "2s")
    @SchedulerLock(name = "mail.deliver-pending", lockAtMostFor = "PT10M")
    void deliverPendingOnce() {
        deliverPending();
    }

    /** Sends every pending mail, a batch at a time. */
    synchronized void deliverPending() {
        List<Long> pending = transaction.execute(status -> mails.findPendingIds(PageRequest.ofSize(BATCH)));
        if (pending == null) {
            return;
        }
        for (Long id : pending) {
            deliver(id);
        }
    }

    private void deliver(long id) {
        OutgoingMail mail = transaction.execute(status -> mails.findById(id).orElse(null));
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return;
        }
        JavaMailSender smtp = StringUtils.hasText(smtpHost) ? sender.getIfAvailable() : null;
        if (smtp == null) {
            logKept(mail);
            update(id, OutgoingMail::keep);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.getRecipient());
            message.setSubject(mail.getSubject());
            message.setText(mail.getBody());
            smtp.send(message);
            update(id, m -> m.markSent(clock.instant()));
        } catch (MailException e) {
            log.warn("Mail {} to {} not sent: {}", id, mail.getRecipient(), e.getMessage());
            update(id, m -> m.attemptFailed(e.getMessage()));
        }
    }

    private void update(long id, java.util.function.Consumer<OutgoingMail> change) {
        transaction.executeWithoutResult(status -> mails.findById(id)
                .filter(m -> m.getStatus() == MailStatus.PENDING)
                .ifPresent(change));
    }

    private static void logKept(OutgoingMail mail) {
        Matcher links = LINK.matcher(mail.getBody());
        StringBuilder found = new StringBuilder();
        while (links.find()) {
            found.append(' ').append(links.group());
        }
        log.info(
                "No SMTP server configured; mail kept (see /admin/mail): to={} subject=\"{}\" links:{}",
                mail.getRecipient(),
                mail.getSubject(),
                found.length() == 0 ? " none" : found);
    }
}
