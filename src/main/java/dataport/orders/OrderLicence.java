package dataport.orders;

import dataport.catalog.LicencePolicy;
import dataport.shared.Bilingual;

/**
 * The licence an order was bought under: the immutable policy (null for orders placed before policies were kept), the
 * free-text licence frozen at checkout, and the merchant (credited when attribution is required).
 */
public record OrderLicence(LicencePolicy policy, Bilingual text, Bilingual merchantName) {}
