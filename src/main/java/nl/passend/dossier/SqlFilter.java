package nl.passend.dossier;

import java.util.List;

/** A SQL predicate with its parameters, to be AND-ed into a query. */
public record SqlFilter(String sql, List<Object> params) {

    public SqlFilter {
        params = List.copyOf(params);
    }
}
