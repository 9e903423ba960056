package dataport.stripeemulator;

import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -jar stripe-emulator.jar [--port 12111] [--public-url http://localhost:12111]
 * [--webhook-retry-ms 1000] [--webhook-attempts 6]}. State lives in memory: a restart is a fresh test account.
 */
public final class StripeEmulator {

    private StripeEmulator() {}

    public static void main(String[] args) throws Exception {
        int port = 12111;
        String publicUrl = null;
        long retryMillis = 1000;
        int attempts = 6;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--port" -> port = Integer.parseInt(required(arg, value));
                case "--public-url" -> publicUrl = required(arg, value);
                case "--webhook-retry-ms" -> retryMillis = Long.parseLong(required(arg, value));
                case "--webhook-attempts" -> attempts = Integer.parseInt(required(arg, value));
                case "-h", "--help" -> {
                    System.out.println("usage: java -jar stripe-emulator.jar [--port 12111] [--public-url URL]"
                            + " [--webhook-retry-ms 1000] [--webhook-attempts 6]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option: " + arg + " (try --help)");
                    System.exit(2);
                }
            }
            i++;
        }
        Emulator emulator = Emulator.start(port, publicUrl, retryMillis, attempts);
        System.out.println("DataPort Stripe emulator listening on http://127.0.0.1:" + emulator.port()
                + " (hosted pages at " + emulator.publicUrl + ", API version " + Emulator.API_VERSION + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        new CountDownLatch(1).await();
    }

    private static String required(String option, String value) {
        if (value == null) {
            System.err.println("Missing value for " + option);
            System.exit(2);
        }
        return value;
    }
}
