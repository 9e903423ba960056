package dataport.exhibits;

/**
 * Staff changed an exhibit or hall (created, saved, published, archived, back to draft, new banner): what buyers see
 * of it may differ now. Published in the change's transaction.
 */
public record ExhibitChanged(long exhibitId) {}
