package dataport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A test against the whole application on the real MariaDB and Elasticsearch that {@code ./dataport test} starts,
 * with the test database and index (profile "test"), filled with the demo catalogue. All such tests share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
// TEMPORARY (onboarding branch, issue 3): accounts, mail, audit and merchant membership are still stubs that throw.
// Until engineers A's and C's branches are merged, every integration test runs with them mocked (a spy for
// MerchantService, whose other methods the demo data uses for real), in one shared context. Remove these two lines
// at the merge and let the onboarding tests sign in for real.
@MockitoBean(types = {CurrentUser.class, MailService.class, AuditService.class})
@MockitoSpyBean(types = MerchantService.class)
public @interface IntegrationTest {}
