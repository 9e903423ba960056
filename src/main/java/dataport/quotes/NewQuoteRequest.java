package dataport.quotes;

/**
 * What a buyer types to ask for a quote.
 *
 * @param subject what they want (required)
 * @param destinationCountry ISO 3166 code of where the data goes (required): the order is routed by it
 * @param message a first message to the merchant (optional)
 */
public record NewQuoteRequest(
        String subject, String volume, String period, String intendedUse, String destinationCountry, String message) {}
