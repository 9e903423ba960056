package dataport.exhibits;

import java.util.List;

/** An exhibit as the editor loads it: the content, the version it was read at, its state, banner and items. */
public record ExhibitForm(
        long id,
        long version,
        String hallTrack,
        ExhibitState state,
        boolean live,
        ExhibitContent content,
        Long bannerId,
        Integer bannerWidth,
        Integer bannerHeight,
        List<CuratedItem> items) {}
