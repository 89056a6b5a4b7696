package se.telefonpolicy.calendar;

/** Why a day is closed. */
public enum ClosedDayKind {
    /** An allmän helgdag under lag (1989:253). */
    PUBLIC,
    /** A de-facto closed eve: midsommarafton, julafton, nyårsafton. */
    EVE,
    /** A day the municipality closes itself, e.g. a klämdag. */
    LOCAL
}
