package dataport.search.internal;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;

/** The client's transport over {@link ReadFailoverHttpClient} (the stock {@code RestClientTransport} is the same over the plain HTTP client). */
final class FailoverTransport extends ElasticsearchTransportBase {

    FailoverTransport(ReadFailoverHttpClient httpClient, JsonpMapper mapper) {
        super(httpClient, null, mapper, null);
    }
}
