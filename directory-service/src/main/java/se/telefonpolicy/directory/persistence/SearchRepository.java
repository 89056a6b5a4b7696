package se.telefonpolicy.directory.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The switchboard's search in one query: employees by name (trigram word similarity, so "Svenson"
 * finds "Svensson") or by responsibilities and title (Swedish full text), and units by name. A
 * responsibility match outranks a unit match, so the officers come before the unit they work in.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String SQL = """
            WITH q AS (SELECT to_tsquery('swedish', :tsquery) AS tsq)
            SELECT 'EMPLOYEE' AS kind, e.id, e.full_name, e.title, e.unit_id, u.name AS unit_name,
                   coalesce((SELECT p ->> 'number' FROM jsonb_array_elements(CAST(e.phone_numbers AS jsonb)) p
                             ORDER BY (p ->> 'kind') <> 'WORK' LIMIT 1), u.phone_number) AS phone_number,
                   e.extension,
                   greatest(word_similarity(:query, e.full_name),
                            CASE WHEN e.search_text @@ q.tsq THEN 0.9 + ts_rank(e.search_text, q.tsq) ELSE 0 END) AS score
            FROM employee e CROSS JOIN q LEFT JOIN unit u ON u.id = e.unit_id
            WHERE e.active AND (:query <% e.full_name OR e.search_text @@ q.tsq)
            UNION ALL
            SELECT 'UNIT', u.id, u.name, NULL, u.id, u.name, u.phone_number, NULL,
                   0.8 + ts_rank(to_tsvector('swedish', u.name), q.tsq)
            FROM unit u CROSS JOIN q
            WHERE to_tsvector('swedish', u.name) @@ q.tsq
            ORDER BY score DESC, 3
            LIMIT :limit""";

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    public List<Row> search(String query, String tsquery, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("query", query)
                .setParameter("tsquery", tsquery)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (String) r[1], ((String) r[2]).strip(), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).doubleValue())).toList();
    }

    public record Row(String kind, String id, String name, String title, String unitId, String unitName,
            String phoneNumber, String extension, double score) {
    }
}
