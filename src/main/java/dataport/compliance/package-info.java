/** Compliance: cross-border facts of listings and merchants, the routing rules, routing at checkout and pre-transfer assessments. */
package dataport.compliance;
