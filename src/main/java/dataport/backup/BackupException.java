package dataport.backup;

/** A backup could not be written, or an archive cannot or must not be restored; the message says why. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }
}
