package dataport.settlement;

/** The balances a merchant has in one currency, minor units. */
public record Balances(String currency, long pending, long held, long available, long inTransit, long paidOut) {}
