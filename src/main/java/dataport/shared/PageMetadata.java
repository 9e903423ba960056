package dataport.shared;

import java.util.List;
import java.util.Map;

/**
 * What search engines and link previews read of a public page before any script runs: its title (as the page's view
 * shows it), a one-paragraph description, an optional image, the Open Graph type and schema.org objects (JSON-LD,
 * plain maps and lists so that modules need no JSON library; the listener escapes them).
 *
 * @param title the whole document title, e.g. {@code "Shipping data · DataPort"}
 * @param imageUrl an absolute image address, or null
 * @param openGraphType {@code website}, {@code product}, {@code profile} …
 */
public record PageMetadata(
        String title,
        String description,
        String imageUrl,
        String openGraphType,
        List<Map<String, Object>> structuredData) {

    public PageMetadata {
        description = description == null ? "" : description;
        openGraphType = openGraphType == null ? "website" : openGraphType;
        structuredData = structuredData == null ? List.of() : List.copyOf(structuredData);
    }

    /** A plain text shortened to about {@code max} characters at a word boundary, for descriptions (no Markdown). */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain =
                text.replaceAll("[#*_`>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
