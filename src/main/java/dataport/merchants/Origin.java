package dataport.merchants;

/** Whether a merchant is registered in China or abroad; review and cross-border rules differ by origin. */
public enum Origin {
    DOMESTIC,
    FOREIGN
}
