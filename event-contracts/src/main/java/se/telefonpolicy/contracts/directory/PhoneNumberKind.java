package se.telefonpolicy.contracts.directory;

/** What a directory phone number is. */
public enum PhoneNumberKind {
    /** The direct number of the person's desk or softphone. */
    WORK,
    /** The municipality's mobile subscription the person holds. */
    MOBILE
}
