/** Orders: a buyer's checkout of a listing's plan, payment through Stripe, and the order's life up to acceptance. */
package dataport.orders;
