package se.telefonpolicy.availability.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import se.telefonpolicy.availability.domain.ErlangC;
import se.telefonpolicy.platform.problem.InvalidFieldException;

@Path("/api/v1/staffing")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingResource {

    /**
     * Erlang C staffing advice for a service desk. Parameters are read as text so that a missing or
     * unreadable number is a 400 naming it (JAX-RS would answer 404 for a query parameter it cannot convert).
     */
    @GET
    @Path("/erlang-c")
    @Authenticated
    public StaffingAdvice erlangC(@QueryParam("callsPerHour") String callsPerHour,
            @QueryParam("ahtSeconds") String ahtSeconds,
            @QueryParam("targetAnswerSeconds") String targetAnswerSeconds,
            @QueryParam("targetServiceLevel") String targetServiceLevel,
            @QueryParam("agents") String agents) {
        double calls = number("callsPerHour", callsPerHour);
        if (!(calls > 0)) {
            throw new InvalidFieldException("callsPerHour", "callsPerHour måste vara större än 0");
        }
        double aht = number("ahtSeconds", ahtSeconds);
        if (!(aht > 0)) {
            throw new InvalidFieldException("ahtSeconds", "ahtSeconds måste vara större än 0");
        }
        double target = number("targetAnswerSeconds", targetAnswerSeconds);
        if (target < 0) {
            throw new InvalidFieldException("targetAnswerSeconds", "targetAnswerSeconds får inte vara negativ");
        }
        double level = number("targetServiceLevel", targetServiceLevel);
        if (!(level > 0 && level < 1)) {
            throw new InvalidFieldException("targetServiceLevel",
                    "targetServiceLevel måste ligga mellan 0 och 1, t.ex. 0.8 för 80 %");
        }
        Integer requested = agents == null ? null : wholeNumber("agents", agents);
        if (requested != null && (requested < 1 || requested > ErlangC.MAX_AGENTS)) {
            throw new InvalidFieldException("agents", "agents måste vara mellan 1 och " + ErlangC.MAX_AGENTS);
        }
        ErlangC erlangC = new ErlangC(calls, aht, target);
        ErlangC.Figures needed = erlangC.agentsNeeded(level).orElseThrow(() -> new InvalidFieldException("callsPerHour",
                "Trafiken kräver fler än " + ErlangC.MAX_AGENTS + " personer i telefon för att nå servicenivån"));
        return new StaffingAdvice(erlangC.trafficErlangs(), needed.agents(), needed,
                requested == null ? null : erlangC.figures(requested));
    }

    private static double number(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, field + " saknas");
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, field + " är inte ett tal: '" + text + "'");
        }
    }

    private static int wholeNumber(String field, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, field + " är inte ett heltal: '" + text + "'");
        }
    }

    /**
     * @param trafficErlangs the offered load
     * @param agentsNeeded   the smallest team reaching the target service level
     * @param needed         that team's figures
     * @param requested      the figures for the {@code agents} asked about; absent if none was
     */
    public record StaffingAdvice(double trafficErlangs, int agentsNeeded, ErlangC.Figures needed,
            ErlangC.Figures requested) {
    }
}
