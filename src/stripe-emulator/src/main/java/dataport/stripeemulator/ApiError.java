package dataport.stripeemulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error answered in Stripe's shape: {@code {"error":{"type","code","message","param"}}} with its HTTP status. */
final class ApiError extends RuntimeException {

    final int status;
    final String type;
    final String code;
    final String param;
    final Map<String, Object> extra = new LinkedHashMap<>();

    ApiError(int status, String type, String code, String message, String param) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    static ApiError missing(String param) {
        return new ApiError(
                400, "invalid_request_error", "parameter_missing", "Missing required param: " + param + ".", param);
    }

    static ApiError invalid(String message, String param) {
        return new ApiError(400, "invalid_request_error", "parameter_invalid", message, param);
    }

    static ApiError state(String message) {
        return new ApiError(400, "invalid_request_error", null, message, null);
    }

    static ApiError notFound(String objectName, String id, String param) {
        return new ApiError(
                404,
                "invalid_request_error",
                "resource_missing",
                "No such " + objectName + ": '" + id + "'",
                param);
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        error.putAll(extra);
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", type);
        return Json.obj("error", error);
    }
}
