package dataport.compliance;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface BlockedRecipients extends Repository<BlockedRecipient, Long> {

    BlockedRecipient save(BlockedRecipient recipient);

    @Query("""
            select count(b) > 0 from BlockedRecipient b
            where (b.email is not null and b.email = lower(:email)) or (b.country is not null and b.country = :country)
            """)
    boolean matches(String email, String country);
}
