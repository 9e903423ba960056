package dataport.demo;

import java.net.URI;
import java.util.Locale;

/** The contact address of a demo merchant: sales@ its demo domain (the reserved .example TLD, so no real mailbox). */
final class DemoContacts {

    private DemoContacts() {}

    static String salesAddress(String slug, String website) {
        String host = null;
        try {
            host = website == null ? null : URI.create(website).getHost();
        } catch (IllegalArgumentException malformed) {
            // falls back to the slug
        }
        if (host == null || host.isBlank()) {
            return "sales@" + slug + ".example";
        }
        host = host.toLowerCase(Locale.ROOT);
        return "sales@" + (host.startsWith("www.") ? host.substring(4) : host);
    }
}
