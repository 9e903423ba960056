/** Audit: the append-only trail of staff decisions (who, when, what, before and after). */
package dataport.audit;
