package dataport.evidence;

/** A spot-check step refused; {@link #getMessage()} is the translation key of the reason shown to the user. */
public class SpotCheckRefused extends RuntimeException {

    public SpotCheckRefused(String key) {
        super(key);
    }
}
