package se.telefonpolicy.callback.api;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;

@Path("/api/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private final CallbackTaskRepository tasks;

    public CallbackResource(CallbackTaskRepository tasks) {
        this.tasks = tasks;
    }

    @GET
    @Path("/{id}")
    public CallbackTask get(@PathParam("id") UUID id) {
        return tasks.findTask(id).orElseThrow(() -> new NotFoundException("No callback task " + id));
    }
}
