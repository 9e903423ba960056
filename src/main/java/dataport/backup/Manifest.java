package dataport.backup;

import java.util.Map;

/**
 * {@code manifest.json} of a backup archive.
 *
 * @param format this layout's number (1)
 * @param createdAt when the snapshot was taken (ISO-8601, UTC)
 * @param appVersion the DataPort build that wrote it
 * @param sourceDatabase the database it was taken from
 * @param dumpTool the dump program's own version line
 * @param snapshot the figures of the snapshot (measured on a copy restored from the dump itself, so they are exactly
 *     what the dump holds)
 * @param sha256 the SHA-256 of each other file in the archive
 */
public record Manifest(
        int format,
        String createdAt,
        String appVersion,
        String sourceDatabase,
        String dumpTool,
        Snapshot snapshot,
        Map<String, String> sha256) {}
