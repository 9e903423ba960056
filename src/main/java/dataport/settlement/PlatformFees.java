package dataport.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlatformFees extends JpaRepository<PlatformFee, Long> {

    @Query("select f from PlatformFee f where f.currency = :currency and f.effectiveFrom <= :day"
            + " order by f.effectiveFrom desc, f.id desc limit 1")
    Optional<PlatformFee> findInForce(@Param("currency") String currency, @Param("day") LocalDate day);

    @Query("select f from PlatformFee f order by f.currency, f.effectiveFrom desc, f.id desc")
    List<PlatformFee> findAllOrdered();

    boolean existsByCurrencyAndEffectiveFrom(String currency, LocalDate effectiveFrom);
}
