package dataport.compliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MerchantFactSheets extends Repository<MerchantFactSheet, Long> {

    MerchantFactSheet save(MerchantFactSheet sheet);

    Optional<MerchantFactSheet> findById(long merchantId);

    @Query("select s from MerchantFactSheet s where s.verifiedAt is null order by s.updatedAt")
    List<MerchantFactSheet> findUnverified();
}
