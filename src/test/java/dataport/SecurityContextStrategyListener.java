package dataport;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the strategy of the application context the next
 * test runs in. Vaadin installs its own strategy (one per context, each with its own thread-local) when a context
 * starts; with several cached test contexts the last one started wins, and a test in an earlier context would set
 * its {@code @WithMockUser} where that context's views never look. Runs before Spring Security's
 * {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public int getOrder() {
        return 9_000;
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
