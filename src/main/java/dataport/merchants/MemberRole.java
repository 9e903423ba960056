package dataport.merchants;

/** A user's place in a merchant's team: the owner (who applied) or staff the owner added. */
public enum MemberRole {
    OWNER,
    STAFF
}
