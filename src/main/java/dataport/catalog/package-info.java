/** Catalogue: categories (the plan's tracks) and the listings merchants offer, with their pricing plans. */
package dataport.catalog;
