package dataport.delivery;

import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a buyer's signed download link: the signature and expiry are checked, then that the signed-in user bought
 * the order, that access is open and downloads are left. Each download counts when it starts and is recorded with
 * who, when and how many bytes went out.
 */
@Service
public class Downloads {

    private final DownloadLinks links;
    private final Entitlements entitlements;
    private final DownloadRecords records;
    private final DeliverableStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Downloads(
            DownloadLinks links,
            Entitlements entitlements,
            DownloadRecords records,
            DeliverableStore store,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.links = links;
        this.entitlements = entitlements;
        this.records = records;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** A download allowed and counted: the file to send and the record to write its progress to. */
    public record Started(long recordId, DeliverableInfo file) {}

    /** Either a started download or why not. */
    public record Outcome(Started started, Refusal refusal) {

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal);
        }
    }

    @Transactional
    public Outcome start(long orderId, long fileId, long expires, String signature) {
        Refusal bad = links.check(orderId, fileId, expires, signature);
        if (bad != null) {
            return Outcome.refused(bad);
        }
        Optional<UserRef> user = currentUser.get();
        if (user.isEmpty()) {
            return Outcome.refused(Refusal.SIGN_IN);
        }
        Optional<Entitlement> found = entitlements.findByOrderIdForUpdate(orderId);
        if (found.isEmpty() || found.get().getBuyerUserId() != user.get().id()) {
            return Outcome.refused(Refusal.NOT_YOURS);
        }
        Entitlement e = found.get();
        if (e.getDeliverableId() == null || e.getDeliverableId() != fileId) {
            return Outcome.refused(Refusal.TAMPERED);
        }
        Instant now = clock.instant();
        if (!e.isActiveAt(now)) {
            return Outcome.refused(Refusal.ACCESS_ENDED);
        }
        if (e.getDownloadsUsed() >= e.getDownloadsMax()) {
            return Outcome.refused(Refusal.USED_UP);
        }
        e.useDownload(now);
        DownloadRecord record =
                records.save(new DownloadRecord(e.getId(), fileId, user.get().id(), now));
        DeliverableInfo file = store.find(fileId).orElseThrow();
        events.publishEvent(new FileDownloadStarted(orderId, record.getId(), fileId, file.sha256()));
        return new Outcome(new Started(record.getId(), file), null);
    }

    /** Sends the file; the record follows the bytes sent, so a broken download shows how far it got. */
    public void send(Started started, OutputStream out) throws IOException {
        long[] sent = {0};
        try {
            store.copy(started.file().id(), out, bytes -> {
                sent[0] = bytes;
                records.progress(started.recordId(), bytes, false);
            });
            records.progress(started.recordId(), sent[0], true);
        } catch (IOException | RuntimeException e) {
            records.progress(started.recordId(), sent[0], false);
            throw e;
        }
    }
}
