/** Compliance: cross-border data rules, routing of orders bound abroad, pre-transfer assessments. */
package dataport.compliance;
