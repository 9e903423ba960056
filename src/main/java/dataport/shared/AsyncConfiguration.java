package dataport.shared;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Failures of after-commit event listeners. An I/O failure (a server that is down) is expected and retried through
 * the event publication registry, so it gets one line; anything else is a bug and gets its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class AsyncConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AsyncConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, params) -> {
            if (failure instanceof IOException) {
                log.debug("{} failed, will be retried: {}", method.getName(), failure.toString());
            } else {
                log.error("{} failed", method.toGenericString(), failure);
            }
        };
    }
}
