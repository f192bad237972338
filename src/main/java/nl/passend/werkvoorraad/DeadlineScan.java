package nl.passend.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.TenantContext;
import nl.passend.shared.term.DeadlineState;
import nl.passend.shared.term.Terms;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily look at the open steps of the current tenant: each step gets the signal it has today
 * ({@link Terms#stateOn}); a step whose signal escalates (to near, or to late) gets the date of that
 * signal and one {@link DeadlineSignalled} event, so its owner is told once, not every day.
 */
@Component
public class DeadlineScan {

    /**
     * Policy, not law: a step counts as near when at most this many days remain (the last day
     * included), so its owner has a working week to act.
     */
    public static final int NEAR_DAYS = 7;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DeadlineScan(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** How a step due on {@code due} stands on {@code today}. */
    public static DeadlineState stateOn(LocalDate due, LocalDate today) {
        return Terms.stateOn(due, today, NEAR_DAYS);
    }

    /**
     * Updates the signals of the current tenant's open steps as of {@code today}.
     *
     * @return the number of escalations (and so of events published)
     */
    @Transactional
    public int scan(LocalDate today) {
        UUID swvId = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant for the scan"));
        // Only steps whose signal may change: within the near window or past it, or already signalled.
        List<Deadline> candidates = jdbc.sql("""
                SELECT * FROM deadline WHERE swv_id = ? AND gesloten_op IS NULL
                   AND (coalesce(verlengd_tot, vervalt_op) <= ? OR signaal <> 'OPEN_OK')""")
                .params(swvId, today.plusDays(NEAR_DAYS)).query(DeadlineService.ROW).list();
        int escalations = 0;
        for (Deadline d : candidates) {
            DeadlineState state = stateOn(d.due(), today);
            if (state == d.signaal()) {
                continue;
            }
            boolean escalates = state.compareTo(d.signaal()) > 0;
            // The old signal in the WHERE clause: a parallel scan that got here first wins, and only once.
            int rows = jdbc.sql("""
                    UPDATE deadline SET signaal = ?, gesignaleerd_op = CASE WHEN ? THEN ? ELSE gesignaleerd_op END
                     WHERE id = ? AND signaal = ? AND gesloten_op IS NULL""")
                    .params(state.name(), escalates, today, d.id(), d.signaal().name()).update();
            if (rows == 1 && escalates) {
                events.publishEvent(new DeadlineSignalled(swvId, d.id(), d.soort(), state));
                escalations++;
            }
        }
        return escalations;
    }
}
