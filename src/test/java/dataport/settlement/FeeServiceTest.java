package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class FeeServiceTest {

    @Autowired
    FeeService fees;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminAddsARateFromALaterDateAndEarlierDatesAreRefused() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate from = today.plusDays(100 + (System.nanoTime() % 10_000));

        FeeRow row = fees.add("sgd", new BigDecimal("3.25"), 50, from);

        assertThat(row.currency()).isEqualTo("SGD");
        assertThat(fees.list()).extracting(FeeRow::id).contains(row.id());
        assertThatThrownBy(() -> fees.add("SGD", BigDecimal.ONE, 0, from)).hasMessage("settlement.fees.date-taken");
        assertThatThrownBy(() -> fees.add("SGD", BigDecimal.ONE, 0, today.minusDays(1)))
                .hasMessage("settlement.fees.date-past");
        assertThatThrownBy(() -> fees.add("XYZ1", BigDecimal.ONE, 0, from.plusDays(1)))
                .hasMessage("settlement.fees.currency-invalid");
        assertThatThrownBy(() -> fees.add("SGD", new BigDecimal("101"), 0, from.plusDays(1)))
                .hasMessage("settlement.fees.percent-invalid");
    }

    @Test
    void onlyAnAdminSetsFees() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThatThrownBy(
                        () -> fees.add("USD", BigDecimal.ONE, 0, LocalDate.now().plusDays(5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
