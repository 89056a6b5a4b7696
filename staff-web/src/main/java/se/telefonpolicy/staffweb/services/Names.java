package se.telefonpolicy.staffweb.services;

/** A person's name as the pages show it: the directory may lack one (DIRECTORY_CORRECT reports that). */
public final class Names {

    private Names() {
    }

    public static String full(String firstName, String lastName, String id) {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? "(namn saknas, " + id + ")" : name;
    }
}
