/** Requests for quotes: a buyer asks, the merchant answers in a thread and sends a private offer the buyer may accept. */
package dataport.quotes;
