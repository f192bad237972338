package nl.passend.shared.term;

/**
 * How a deadline stands on a given day, as computed by
 * {@link Terms#stateOn(java.time.LocalDate, java.time.LocalDate, int)}.
 *
 * <p>Legal source: none; this is a working classification (policy) for the daily deadline signal.
 * The deadlines themselves come from the Awb and the WPO, see {@link Terms}.
 */
public enum DeadlineState {
    /** The deadline is further away than the "near" window. */
    OPEN_OK,
    /** The deadline is today or within the "near" window. */
    NEAR,
    /** The deadline has passed: today is after the last day. */
    OVERDUE
}
