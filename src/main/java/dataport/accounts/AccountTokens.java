package dataport.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** A newer link makes the older ones of the same kind useless. */
    @Modifying
    @Query(
            "update AccountToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
    int retireAll(
            @Param("userId") long userId, @Param("purpose") AccountToken.Purpose purpose, @Param("now") Instant now);
}
