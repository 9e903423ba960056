package dataport.compliance;

import dataport.catalog.DataClassification;
import dataport.shared.Bilingual;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The default rules exactly as the migration V41 seeds them, read from the SQL file, so the unit tests check the
 * table the application starts with rather than a copy of it.
 */
final class DefaultRuleTable {

    private static final Path MIGRATION = Path.of("db-migrations/V41__compliance_rules.sql");

    private DefaultRuleTable() {}

    static List<RuleRow> rows() {
        String sql;
        try {
            sql = Files.readString(MIGRATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String values = sql.substring(sql.indexOf("VALUES") + "VALUES".length());
        List<RuleRow> rows = new ArrayList<>();
        for (List<String> t : tuples(values)) {
            rows.add(new RuleRow(
                    (long) rows.size() + 1,
                    0,
                    Integer.parseInt(t.get(0)),
                    t.get(1),
                    RoutingRule.split(t.get(2), DataClassification::valueOf),
                    RoutingRule.split(t.get(3), PersonalInformation::valueOf),
                    bool(t.get(4)),
                    bool(t.get(5)),
                    RoutingRule.split(t.get(6), Function.identity()),
                    bool(t.get(7)),
                    bool(t.get(8)),
                    bool(t.get(9)),
                    t.get(10) == null ? null : FilingType.valueOf(t.get(10)),
                    number(t.get(11)),
                    number(t.get(12)),
                    number(t.get(13)),
                    number(t.get(14)),
                    Outcome.valueOf(t.get(15)),
                    Mechanism.valueOf(t.get(16)),
                    new Bilingual(t.get(17), t.get(18)),
                    new Bilingual(t.get(19), t.get(20)),
                    LocalDate.parse(t.get(21)),
                    null));
        }
        return rows;
    }

    /** The SQL tuples: NULL as null, quoted strings unquoted ('' is a quote), bare words as they are. */
    private static List<List<String>> tuples(String values) {
        List<List<String>> tuples = new ArrayList<>();
        List<String> current = null;
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < values.length(); i++) {
            char c = values.charAt(i);
            if (quoted) {
                if (c == '\'' && i + 1 < values.length() && values.charAt(i + 1) == '\'') {
                    token.append('\'');
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                } else {
                    token.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '(' && current == null) {
                current = new ArrayList<>();
            } else if ((c == ',' || c == ')') && current != null) {
                String raw = token.toString().strip();
                current.add(!wasQuoted && raw.equals("NULL") ? null : raw);
                token.setLength(0);
                wasQuoted = false;
                if (c == ')') {
                    tuples.add(current);
                    current = null;
                }
            } else if (current != null) {
                token.append(c);
            }
        }
        return tuples;
    }

    private static Boolean bool(String s) {
        return s == null ? null : Boolean.valueOf(s.equalsIgnoreCase("TRUE"));
    }

    private static Long number(String s) {
        return s == null ? null : Long.valueOf(s);
    }
}
