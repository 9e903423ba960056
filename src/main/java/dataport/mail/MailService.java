package dataport.mail;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail. {@link #send} records the message in the caller's transaction (an outbox), so a mail is sent if and
 * only if the change that caused it commits; delivery happens afterwards, by SMTP when one is configured, else the
 * message is kept and readable on the admin mail page.
 */
@Service
public class MailService {

    private final OutgoingMails mails;
    private final MailDispatcher dispatcher;
    private final TaskExecutor executor;
    private final Clock clock;

    MailService(
            OutgoingMails mails,
            MailDispatcher dispatcher,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.executor = executor;
        this.clock = clock;
    }

    /** Subject and body are final text, already translated into the recipient's language by the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String to, String subject, String body) {
        mails.save(new OutgoingMail(to, subject, body, clock.instant()));
        // Prompt delivery; the scheduled run picks up anything this misses (a crash right after commit).
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(dispatcher::deliverPending);
            }
        });
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<MailSummary> list(Pageable page) {
        return mails.findNewestFirst(page).stream().map(OutgoingMail::toSummary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count() {
        return mails.count();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<MailSummary> find(long id) {
        return mails.findById(id).map(OutgoingMail::toSummary);
    }
}
