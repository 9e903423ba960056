package dataport.accounts;

/** What the admin user list is narrowed to: a text in e-mail or name, and/or one stored role (null: any). */
public record UserFilter(String text, Role role) {

    public static final UserFilter ALL = new UserFilter("", null);

    String pattern() {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.isEmpty()
                ? null
                : "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
