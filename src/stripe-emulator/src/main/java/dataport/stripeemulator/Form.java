package dataport.stripeemulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stripe's request encoding: application/x-www-form-urlencoded with bracket nesting, as stripe-java writes it
 * ({@code line_items[0][price_data][currency]=usd}, {@code metadata[order]=42}, {@code expand[0]=payment_intent} or
 * {@code expand[]=payment_intent}). Parsed into nested maps; a map whose keys are all indices is read as a list.
 */
final class Form {

    final Map<String, Object> root;
    /** The decoded pairs, sorted: what an idempotency key's "same parameters" check compares. */
    final String canonical;

    private Form(Map<String, Object> root, String canonical) {
        this.root = root;
        this.canonical = canonical;
    }

    static Form parse(String encoded) {
        Map<String, Object> root = new LinkedHashMap<>();
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                sorted.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                put(root, key, value);
            }
        }
        return new Form(root, sorted.toString());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String key, String value) {
        List<String> path = new ArrayList<>();
        int bracket = key.indexOf('[');
        if (bracket < 0) {
            path.add(key);
        } else {
            path.add(key.substring(0, bracket));
            int i = bracket;
            while (i < key.length() && key.charAt(i) == '[') {
                int close = key.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                path.add(key.substring(i + 1, close));
                i = close + 1;
            }
        }
        Map<String, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String part = path.get(i);
            if (part.isEmpty()) {
                part = String.valueOf(node.size());
            }
            Object child = node.get(part);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(part, child);
            }
            node = (Map<String, Object>) child;
        }
        String last = path.getLast();
        if (last.isEmpty()) {
            last = String.valueOf(node.size());
        }
        node.put(last, value);
    }

    // ---- typed access with Stripe's error messages; paths like "line_items", "0", "price_data" ----

    static Object at(Map<String, Object> map, String key) {
        return map == null ? null : map.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key, String param) {
        Object value = at(parent, key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        if ("".equals(value)) {
            return new LinkedHashMap<>();
        }
        throw ApiError.invalid("Invalid object", param);
    }

    /** A list parameter: indexed ({@code a[0]}, {@code a[1]}) or appended ({@code a[]}). */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key, String param) {
        Object value = at(parent, key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<Integer, Object> byIndex = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                try {
                    byIndex.put(Integer.parseInt((String) e.getKey()), e.getValue());
                } catch (NumberFormatException ex) {
                    throw ApiError.invalid("Invalid array", param);
                }
            }
            return new ArrayList<>(byIndex.values());
        }
        if ("".equals(value)) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(value));
    }

    static String string(Map<String, Object> parent, String key, String param) {
        Object value = at(parent, key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw ApiError.invalid("Invalid string: " + param, param);
    }

    static String requiredString(Map<String, Object> parent, String key, String param) {
        String value = string(parent, key, param);
        if (value == null || value.isEmpty()) {
            throw ApiError.missing(param);
        }
        return value;
    }

    static Long integer(Map<String, Object> parent, String key, String param) {
        String value = string(parent, key, param);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "parameter_invalid_integer",
                    "Invalid integer: " + value,
                    param);
        }
    }

    static Boolean bool(Map<String, Object> parent, String key, String param) {
        String value = string(parent, key, param);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.invalid("Invalid boolean: " + value, param);
        };
    }

    /** Metadata as Stripe stores it: string values; an empty value removes the key. */
    static Map<String, Object> metadata(Map<String, Object> parent, String param, Map<String, Object> existing) {
        Map<String, Object> result = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
        Object value = at(parent, "metadata");
        if (value == null) {
            return result;
        }
        if ("".equals(value)) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiError.invalid("Invalid object", param);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = (String) e.getKey();
            if (!(e.getValue() instanceof String v)) {
                throw ApiError.invalid("Invalid metadata value for " + k, param + "[" + k + "]");
            }
            if (k.length() > 40) {
                throw ApiError.invalid("Metadata keys can have at most 40 characters.", param + "[" + k + "]");
            }
            if (v.length() > 500) {
                throw ApiError.invalid("Metadata values can have at most 500 characters.", param + "[" + k + "]");
            }
            if (v.isEmpty()) {
                result.remove(k);
            } else {
                result.put(k, v);
            }
        }
        if (result.size() > 50) {
            throw ApiError.invalid("Metadata can have at most 50 keys.", param);
        }
        return result;
    }

    static void allowOnly(Map<String, Object> params, String prefix, String... allowed) {
        if (params == null) {
            return;
        }
        List<String> allowedKeys = List.of(allowed);
        for (String key : params.keySet()) {
            if (!allowedKeys.contains(key)) {
                String param = prefix.isEmpty() ? key : prefix + "[" + key + "]";
                throw new ApiError(
                        400,
                        "invalid_request_error",
                        "parameter_unknown",
                        "Received unknown parameter: " + param
                                + " (the DataPort Stripe emulator implements only the parameters DataPort uses)",
                        param);
            }
        }
    }
}
