package se.telefonpolicy.directory.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import se.telefonpolicy.directory.importing.HrFileException;
import se.telefonpolicy.directory.importing.ImportJobs;
import se.telefonpolicy.directory.persistence.ImportJobRepository;
import se.telefonpolicy.directory.persistence.ImportJobRepository.Job;
import se.telefonpolicy.directory.persistence.ImportJobRepository.RejectedRow;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/** The HR system's employee file, imported as a job (every file, small or large: one way to follow it). */
@Path("/api/v1/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    private final ImportJobs importJobs;
    private final ImportJobRepository jobs;
    private final CurrentUser user;

    public ImportResource(ImportJobs importJobs, ImportJobRepository jobs, CurrentUser user) {
        this.importJobs = importJobs;
        this.jobs = jobs;
        this.user = user;
    }

    @POST
    @Path("/employees")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import the HR system's employee CSV (202; follow the job at Location)")
    public Response importEmployees(InputStream file, @QueryParam("full") boolean full) {
        UUID id;
        try {
            id = importJobs.submit(file, full, user.employeeId().orElse(null));
        } catch (HrFileException e) {
            throw new InvalidFieldException("file", e.getMessage());
        }
        URI location = URI.create("/api/v1/import/jobs/" + id);
        return Response.accepted(view(jobs.find(id).orElseThrow(), List.of())).location(location).build();
    }

    @GET
    @Path("/jobs/{id}")
    public JobView job(@PathParam("id") String id) {
        UUID jobId = parse(id);
        Job job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("No import job " + id));
        return view(job, jobs.rejectedRows(jobId));
    }

    /** The latest jobs, newest first, without their rejected rows. */
    @GET
    @Path("/jobs")
    public List<JobView> latest() {
        return jobs.latest(50).stream().map(j -> view(j, null)).toList();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No import job " + id);
        }
    }

    private static JobView view(Job j, List<RejectedRow> rejectedRows) {
        return new JobView(j.id(), j.state().name(), j.full(), percentDone(j), j.fileBytes(), j.bytesRead(), j.rowsRead(),
                j.created(), j.updated(), j.unchanged(), j.deactivated(), j.rejected(), rejectedRows, j.ignoredColumns(),
                j.failure(), j.submittedBy(), j.createdAt(), j.startedAt(), j.finishedAt());
    }

    /** By bytes of the file read; 100 only once the job has finished (a full import still deactivates after reading). */
    static int percentDone(Job j) {
        if (j.state() == ImportJobRepository.State.SUCCEEDED) {
            return 100;
        }
        if (j.fileBytes() == 0) {
            return 0;
        }
        return (int) Math.min(99, j.bytesRead() * 100 / j.fileBytes());
    }

    public record JobView(UUID id, String state, boolean full, int percentDone, long fileBytes, long bytesRead,
            int rowsRead, int created, int updated, int unchanged, int deactivated, int rejected,
            List<RejectedRow> rejectedRows, List<String> ignoredColumns, String failure, String submittedBy,
            Instant createdAt, Instant startedAt, Instant finishedAt) {
    }
}
