package se.telefonpolicy.contracts;

import java.net.URI;

/** The service that publishes an event type; its {@link #source()} is the events' ce_source. */
public enum Publisher {
    PBX_CONNECTOR("pbx-connector"),
    DIRECTORY_SERVICE("directory-service"),
    AVAILABILITY_SERVICE("availability-service"),
    CALLBACK_SERVICE("callback-service"),
    COMPLIANCE_SERVICE("compliance-service");

    private final String serviceName;
    private final URI source;

    Publisher(String serviceName) {
        this.serviceName = serviceName;
        this.source = URI.create("/telefonpolicy/" + serviceName);
    }

    /** The module and deployment name, e.g. {@code callback-service}. */
    public String serviceName() {
        return serviceName;
    }

    /** A URI-reference as CloudEvents allows, e.g. {@code /telefonpolicy/callback-service}. */
    public URI source() {
        return source;
    }
}
