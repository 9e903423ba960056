package dataport.evidence;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one way a record's payload is written, so its hash can be recomputed by anyone: a flat JSON object, keys in
 * code-point order, no whitespace, values strings, integers, booleans or null, strings escaped as RFC 8259 requires
 * ({@code "}, {@code \}, and control characters as {@code \\uXXXX}; everything else literally, UTF-8).
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String write(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> field : new TreeMap<>(fields).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, field.getKey());
            json.append(':');
            Object value = field.getValue();
            switch (value) {
                case null -> json.append("null");
                case Long l -> json.append(l);
                case Integer i -> json.append(i);
                case Boolean b -> json.append(b);
                case String s -> string(json, s);
                default -> throw new IllegalArgumentException("Not a canonical value: " + value.getClass());
            }
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
