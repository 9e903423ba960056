package dataport.delivery.internal;

import com.vaadin.flow.i18n.I18NProvider;
import dataport.delivery.Downloads;
import dataport.delivery.Refusal;
import dataport.shared.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * Streams a deliverable for a signed download link, straight from the database to the response (never the whole file
 * in memory). A refused link gets a short page in the reader's language with the reason and the way back to the
 * purchase, and a status that says it: 401 sign in, 403 tampered or not yours, 410 expired, used up or ended.
 */
@Controller
class DownloadController {

    /** The language cookie the site's language switch sets (shared.ui.LanguagePreference). */
    private static final String LANGUAGE_COOKIE = "dataport-lang";

    private final Downloads downloads;
    private final I18NProvider translations;

    DownloadController(Downloads downloads, I18NProvider translations) {
        this.downloads = downloads;
        this.translations = translations;
    }

    @GetMapping("/downloads/{orderId}/{fileId}")
    void download(
            @PathVariable String orderId,
            @PathVariable String fileId,
            @RequestParam(required = false) String expires,
            @RequestParam(required = false) String signature,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Downloads.Outcome outcome;
        long order;
        try {
            order = Long.parseLong(orderId);
            outcome = downloads.start(order, Long.parseLong(fileId), Long.parseLong(expires), signature);
        } catch (NumberFormatException e) {
            refuse(Refusal.TAMPERED, null, request, response);
            return;
        }
        if (outcome.refusal() != null) {
            refuse(outcome.refusal(), order, request, response);
            return;
        }
        var file = outcome.started().file();
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        downloads.send(outcome.started(), response.getOutputStream());
    }

    private void refuse(Refusal refusal, Long orderId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale = locale(request);
        String title = HtmlUtils.htmlEscape(translations.getTranslation("delivery.refused.title", locale));
        String reason = HtmlUtils.htmlEscape(translations.getTranslation(refusal.messageKey(), locale));
        String back = orderId == null
                ? "<a href=\"/\">" + HtmlUtils.htmlEscape(translations.getTranslation("delivery.refused.home", locale))
                        + "</a>"
                : "<a id=\"back-to-purchase\" href=\"/purchases/" + orderId + "\">"
                        + HtmlUtils.htmlEscape(translations.getTranslation("delivery.refused.back", locale)) + "</a>";
        String signIn = refusal == Refusal.SIGN_IN
                ? " <a id=\"sign-in\" href=\"/login\">"
                        + HtmlUtils.htmlEscape(translations.getTranslation("delivery.refused.sign-in-link", locale))
                        + "</a>"
                : "";
        response.setStatus(refusal.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter()
                .write("<!doctype html><html lang=\"" + Languages.tag(locale) + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + title + "</title>"
                        + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#1a2733}a{color:#0b62c4}</style></head><body>"
                        + "<h1>" + title + "</h1><p id=\"refusal\" data-reason=\"" + refusal.name() + "\">" + reason
                        + "</p><p>" + back + signIn + "</p></body></html>");
    }

    /** The site's language choice (its cookie), else the browser's, as the pages choose it. */
    private static Locale locale(HttpServletRequest request) {
        String remembered = request.getCookies() == null
                ? null
                : Arrays.stream(request.getCookies())
                        .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
        if (remembered != null) {
            return Languages.resolve(remembered);
        }
        return Languages.isChinese(request.getLocale()) ? Languages.CHINESE : Languages.ENGLISH;
    }
}
