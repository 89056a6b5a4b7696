package se.telefonpolicy.staffweb.pages;

import jakarta.ws.rs.core.HttpHeaders;

/** htmx's request header: a page part is asked for, not the whole page. */
final class Htmx {

    private Htmx() {
    }

    static boolean asks(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString("HX-Request"));
    }
}
