/** Search: the Elasticsearch index of published listings, kept in sync through the event publication registry. */
package dataport.search;
