package dataport.merchants;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MerchantMembers extends Repository<MerchantMember, MerchantMember.Key> {

    MerchantMember save(MerchantMember member);

    boolean existsByMerchantIdAndUserId(long merchantId, long userId);

    @Query("select mm.userId from MerchantMember mm where mm.merchantId = :merchantId order by mm.addedAt, mm.userId")
    List<Long> findUserIdsOf(long merchantId);

    /** The active merchants the user belongs to, the longest-standing membership first. */
    @Query("""
            select m from MerchantMember mm join Merchant m on m.id = mm.merchantId
            where mm.userId = :userId and m.status = dataport.merchants.MerchantStatus.ACTIVE
            order by mm.addedAt, m.id
            """)
    List<Merchant> findActiveMerchantsOf(long userId);
}
