package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BlockedRecipients extends Repository<BlockedRecipient, Long> {

    BlockedRecipient save(BlockedRecipient recipient);

    Optional<BlockedRecipient> findById(long id);

    /** Active entries first, newest first within each group. */
    @Query("select b from BlockedRecipient b order by b.active desc, b.createdAt desc, b.id desc")
    List<BlockedRecipient> findAllForStaff();

    List<BlockedRecipient> findByActiveTrue();
}
