package dataport.reviews;

/**
 * What a buyer typed: 1 to 5 stars, an optional title, the text, and its language (null: detected from the text).
 *
 * @param rating 0 when no star was chosen (refused with a message)
 */
public record ReviewInput(int rating, String title, String text, ReviewLanguage language) {

    public ReviewLanguage languageOrDetected() {
        return language != null ? language : ReviewLanguage.detect((title == null ? "" : title + " ") + text);
    }
}
