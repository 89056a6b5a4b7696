package se.telefonpolicy.pbxconnector.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import se.telefonpolicy.pbxconnector.persistence.DirectoryRepository;
import se.telefonpolicy.platform.security.Roles;

/** For the administrator connecting a PBX: whom the connector maps an extension (or mailbox) to. */
@Path("/api/v1/pbx/extensions")
public class ExtensionResource {

    /** @param employeeId the active employee with the extension; unitId their unit, if the directory has one */
    public record ExtensionView(String extension, String employeeId, String unitId) {
    }

    private final DirectoryRepository directory;

    public ExtensionResource(DirectoryRepository directory) {
        this.directory = directory;
    }

    @GET
    @Path("/{extension}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PBX})
    @Operation(summary = "The employee an extension or mailbox number maps to (404 when a CDR with it would be dead-lettered)")
    public ExtensionView byExtension(@PathParam("extension") String extension) {
        return directory.byExtension(extension)
                .map(p -> new ExtensionView(extension, p.employeeId(), p.unitId()))
                .orElseThrow(() -> new NotFoundException("No active employee has extension " + extension + "."));
    }
}
