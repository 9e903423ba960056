/** Exhibits: park staff curate scheduled, bilingual themed halls of listings and merchants; the home page shows them. */
package dataport.exhibits;
