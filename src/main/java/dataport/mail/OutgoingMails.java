package dataport.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    @Query("select m.id from OutgoingMail m where m.status = dataport.mail.MailStatus.PENDING order by m.id")
    List<Long> findPendingIds(Pageable page);

    @Query("select m from OutgoingMail m order by m.createdAt desc, m.id desc")
    List<OutgoingMail> findNewestFirst(Pageable page);
}
