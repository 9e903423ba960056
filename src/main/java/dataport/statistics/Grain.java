package dataport.statistics;

/** How merchant analytics groups days: per day, per week (starting Monday) or per month. */
public enum Grain {
    DAY("day"),
    WEEK("DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)"),
    MONTH("DATE_FORMAT(day, '%Y-%m-01')");

    final String expression;

    Grain(String expression) {
        this.expression = expression;
    }
}
