package dataport.statistics;

/** One raw activity row as buffered before it is written; no IP address, no user id. */
record ActivityEvent(
        long atMs,
        ActivityKind kind,
        Long listingId,
        Long exhibitId,
        Integer position,
        String lang,
        String query,
        Long results) {}
