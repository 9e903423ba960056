package dataport.delivery;

import java.time.Instant;

/** One recorded download: by whom (user id), when, bytes sent, and whether it finished. */
public record DownloadView(long userId, Instant at, long bytes, boolean completed) {}
