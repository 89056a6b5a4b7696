package se.telefonpolicy.contracts.callback;

/** How a callback task ended. */
public enum CallbackOutcome {
    REACHED,
    LEFT_MESSAGE,
    NOT_NEEDED,
    WRONG_NUMBER
}
