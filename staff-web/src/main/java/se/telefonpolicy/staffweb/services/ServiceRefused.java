package se.telefonpolicy.staffweb.services;

/**
 * A service answered 4xx/5xx or could not be reached. The pages turn 401 into a new login, 403 into the "no access"
 * page, 404 into "not found", 400 into the service's own message on the form, and the rest into "try again".
 */
public class ServiceRefused extends RuntimeException {

    private final String service;
    private final int status;
    private final String detail;

    public ServiceRefused(String service, int status, String detail) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.detail = detail;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    /** The problem+json detail (or title) the service gave, if any; the services write them for people to read. */
    public String detail() {
        return detail;
    }
}
