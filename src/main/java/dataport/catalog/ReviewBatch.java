package dataport.catalog;

import dataport.shared.Bilingual;

/** A merchant's listings awaiting review, reviewed together on the batch page. */
public record ReviewBatch(long merchantId, Bilingual merchantName, long listings) {}
