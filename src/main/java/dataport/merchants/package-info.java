/** Merchants: the domestic and foreign data merchants (数商) who sell on DataPort, and their public profiles. */
package dataport.merchants;
