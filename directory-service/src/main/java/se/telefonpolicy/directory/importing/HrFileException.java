package se.telefonpolicy.directory.importing;

/** The file as a whole cannot be read (no usable header, a broken quote, a line too long); the message is Swedish. */
public class HrFileException extends RuntimeException {

    public HrFileException(String message) {
        super(message);
    }
}
