package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.VerdeelmodelService;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The werkgebied budget check of a grant. The budget is the werkgebied's part (toedelingen to the
 * werkgebied over all components) of the verdeelmodel in force on the arrangement's start date, for the
 * model's year, as {@link VerdeelmodelService#werkgebiedBudget} gives it to the decider (the aggregate
 * only, nothing else of the model); what remains is that part minus the amounts of arrangements already
 * granted on the werkgebied starting in that year. Without a model in force nothing is checked.
 */
@Component
class ArrangementBudget {

    private final JdbcClient jdbc;
    private final VerdeelmodelService verdeelmodellen;

    ArrangementBudget(JdbcClient jdbc, VerdeelmodelService verdeelmodellen) {
        this.jdbc = jdbc;
        this.verdeelmodellen = verdeelmodellen;
    }

    BudgetCheck check(CurrentUser user, BudgetSoort soort, UUID werkgebiedId, LocalDate start, BigDecimal bedrag) {
        if (soort != BudgetSoort.WERKGEBIED || werkgebiedId == null || start == null || bedrag == null) {
            return BudgetCheck.none();
        }
        VerdeelmodelService.WerkgebiedBudget budget = verdeelmodellen.werkgebiedBudget(user, start, werkgebiedId)
                .orElse(null);
        if (budget == null) {
            return BudgetCheck.none();
        }
        BigDecimal toegekend = jdbc.sql("""
                SELECT coalesce(sum(bedrag), 0) FROM arrangement
                 WHERE swv_id = ? AND budget = 'WERKGEBIED' AND werkgebied_id = ? AND extract(year FROM start_op) = ?""")
                .params(user.requireTenant(), werkgebiedId, budget.jaar()).query(BigDecimal.class).single();
        BigDecimal resterend = budget.bedrag().subtract(toegekend);
        return new BudgetCheck(true, werkgebiedId, budget.jaar(), budget.bedrag(), toegekend, resterend, bedrag,
                bedrag.compareTo(resterend) > 0);
    }
}
