package dataport.imports;

/** A file that cannot be read as a spreadsheet; {@code key} is the translation key of the reason, with its args. */
public class ImportFileException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    ImportFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    ImportFileException(String key, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = new Object[0];
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
