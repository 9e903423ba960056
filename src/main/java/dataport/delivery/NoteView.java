package dataport.delivery;

import java.time.Instant;

/** A fulfilment note as shown: its text, whether the system wrote it, and when. */
public record NoteView(String text, boolean automatic, Instant at) {}
