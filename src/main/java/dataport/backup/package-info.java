/** Backups and restore: a consistent database snapshot with a manifest and checksums, and a fresh rebuild from it. */
package dataport.backup;
