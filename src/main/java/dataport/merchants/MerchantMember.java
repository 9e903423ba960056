package dataport.merchants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A user in a merchant's team. Users live in accounts; this module knows them only by id. */
@Entity
@Table(name = "merchant_member")
@IdClass(MerchantMember.Key.class)
class MerchantMember {

    @Id
    @Column(name = "merchant_id")
    private Long merchantId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MerchantMember() {}

    MerchantMember(long merchantId, long userId, MemberRole role, Instant addedAt) {
        this.merchantId = merchantId;
        this.userId = userId;
        this.role = Objects.requireNonNull(role);
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    MemberRole getRole() {
        return role;
    }

    static class Key implements Serializable {
        Long merchantId;
        Long userId;

        Key() {}

        Key(Long merchantId, Long userId) {
            this.merchantId = merchantId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(merchantId, k.merchantId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(merchantId, userId);
        }
    }
}
