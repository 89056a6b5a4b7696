package se.telefonpolicy.directory.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.directory.domain.SearchTerms;
import se.telefonpolicy.directory.persistence.SearchRepository;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;

/** RIGHT_OFFICER: the switchboard finds the right case officer for a misdialled call. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SWITCHBOARD, Roles.ADMIN, Roles.EMPLOYEE })
public class SearchResource {

    private final SearchRepository search;

    public SearchResource(SearchRepository search) {
        this.search = search;
    }

    /** Best hit first; each with its unit and a number to transfer the call to. */
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SearchHit> search(@QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        if (SearchTerms.words(q).isEmpty()) {
            throw new InvalidFieldException("q", "Write a name, a unit or a responsibility to search for");
        }
        String query = q.strip();
        return search.search(query, SearchTerms.tsquery(query), limit).stream().map(SearchHit::of).toList();
    }

    public record SearchHit(String kind, String id, String name, String title, String unitId, String unitName,
            String phoneNumber, String extension, double score) {

        static SearchHit of(SearchRepository.Row r) {
            return new SearchHit(r.kind(), r.id(), r.name(), r.title(), r.unitId(), r.unitName(), r.phoneNumber(),
                    r.extension(), Math.round(r.score() * 1000) / 1000.0);
        }
    }
}
