/** Open data: the public DCAT-AP 3 catalogue of every published listing, in JSON-LD and Turtle, paged. */
package dataport.opendata;
