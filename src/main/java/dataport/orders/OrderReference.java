package dataport.orders;

import dataport.shared.Bilingual;
import dataport.shared.Money;

/** An order as finance pages name it: number, title, buyer's payment reference, total. */
public record OrderReference(
        long id, String number, Bilingual title, long merchantId, String paymentRef, Money total, OrderStatus status) {}
