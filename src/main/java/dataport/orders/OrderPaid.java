package dataport.orders;

/**
 * Published in the transaction that marks the order paid: delivery, evidence and statistics react to it after
 * commit.
 *
 * @param destinationCountry where the buyer said the data will be used (ISO 3166-1 alpha-2, asked at checkout); null
 *     for orders placed before checkout asked
 */
public record OrderPaid(long orderId, String destinationCountry) {

    /** An order whose destination is not known. */
    public OrderPaid(long orderId) {
        this(orderId, null);
    }
}
