package dataport.opendata;

/**
 * One page of the catalogue, written out.
 *
 * @param body the serialised graph (UTF-8)
 * @param etag a strong entity tag of the body (hex SHA-256, quoted), for conditional requests
 */
public record CataloguePage(byte[] body, CatalogueFormat format, int page, int lastPage, String etag) {}
