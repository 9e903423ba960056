/** Bulk import: merchants (and ADMIN for several merchants) bring their catalogue as a CSV or XLSX spreadsheet. */
package dataport.imports;
