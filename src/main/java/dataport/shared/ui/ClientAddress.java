package dataport.shared.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the client whose request a view is handling: what the per-client {@link dataport.shared.RateLimits}
 * count by. Behind a trusted proxy it is the forwarded client address ({@code server.forward-headers-strategy}).
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The current request's client address, or null outside a request (then nothing is limited). */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
