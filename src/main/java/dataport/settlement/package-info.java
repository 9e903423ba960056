/** Settlement: the double-entry ledger of every money movement, platform fees, holds until acceptance, disputes, refunds and payouts. */
package dataport.settlement;
