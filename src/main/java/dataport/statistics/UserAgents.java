package dataport.statistics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells crawlers, monitors and scripts from people by the User-Agent header, so they are not counted. A missing or
 * blank header is a script too. The list follows the common open crawler lists (bot, crawl, spider, and the named
 * ones that say neither); a browser that pretends to be a person is counted, which is accepted.
 * Headless Chrome is not on the list: the project's own browser tests use it and must be counted.
 */
final class UserAgents {

    private static final Pattern BOTS = Pattern.compile(String.join(
            "|",
            List.of(
                    "bot\\b",
                    "bot/",
                    "crawl",
                    "spider",
                    "slurp",
                    "bingpreview",
                    "mediapartners",
                    "facebookexternalhit",
                    "embedly",
                    "quora link preview",
                    "whatsapp",
                    "phantomjs",
                    "lighthouse",
                    "pingdom",
                    "uptime",
                    "monitor",
                    "curl/",
                    "wget/",
                    "python-requests",
                    "python-urllib",
                    "java/",
                    "okhttp",
                    "go-http-client",
                    "apache-httpclient",
                    "libwww-perl",
                    "node-fetch",
                    "axios/",
                    "scrapy",
                    "httpclient",
                    "baiduspider",
                    "yandex",
                    "sogou",
                    "360spider",
                    "bytespider",
                    "petalbot",
                    "yisouspider",
                    "semrush",
                    "ahrefs",
                    "mj12",
                    "dotbot",
                    "applebot",
                    "duckduckbot",
                    "gptbot",
                    "chatgpt-user",
                    "claudebot",
                    "ccbot")));

    private UserAgents() {}

    static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        return BOTS.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
