package dataport.statistics;

/** What the dashboard groups paid orders by. */
public enum TradeDimension {
    MONTH("DATE_FORMAT(month, '%Y-%m')"),
    TRACK("track"),
    CATEGORY("category"),
    BUYER_COUNTRY("buyer_country"),
    ORIGIN("origin"),
    COUNTRY("country");

    final String column;

    TradeDimension(String column) {
        this.column = column;
    }
}
