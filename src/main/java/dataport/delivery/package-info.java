/** Delivery: what a paid order unlocks (downloads, API keys, access periods) and the merchant's fulfilment of it. */
package dataport.delivery;
