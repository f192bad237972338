package nl.passend.shared.term;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Term arithmetic for the legal processes of a samenwerkingsverband: objection (bezwaar) terms,
 * decision deadlines, the validity period of a toelaatbaarheidsverklaring (TLV), temporary
 * placements, expiry signals and retention. Pure: callers pass every date, nothing reads the clock.
 *
 * <p>Legal sources: Algemene wet bestuursrecht (Awb) art. 4:13, 4:15, 6:7, 6:8, 6:9, 7:10;
 * Algemene termijnenwet (Atw) art. 1 and 3 (see {@link Holidays}); Wet op het primair onderwijs
 * (WPO) art. 18a lid 13 and art. 40 lid 13 (and their WEC/WVO counterparts). Each method names its
 * own source; values that are policy rather than law say so. The constants are the defaults; a
 * caller with a configured value passes it in.
 */
public final class Terms {

    /** Awb 6:7: the objection term is six weeks. */
    public static final Period OBJECTION_TERM = Period.ofWeeks(6);
    /** Regulation of the Landelijke Bezwaaradviescommissie TLV: days to send the file to it. */
    public static final int COMMITTEE_SEND_DAYS = 14;
    /** Awb 7:10 lid 1: decision on objection within twelve weeks when an advisory committee advises. */
    public static final int OBJECTION_DECISION_WEEKS = 12;
    /** Awb 7:10 lid 3: one postponement of at most six weeks. */
    public static final int OBJECTION_EXTENSION_WEEKS = 6;
    /** Awb 4:13 lid 2: decision on an application within eight weeks when no other term applies. */
    public static final int TLV_DECISION_WEEKS = 8;
    /** Policy: months before the end of a TLV at which its expiry is signalled. */
    public static final int EXPIRY_SIGNAL_MONTHS = 6;
    /** WPO art. 18a lid 13: health data in a TLV file are kept three years after the decision. */
    public static final int HEALTH_RETENTION_YEARS = 3;
    /** Policy bound (not law): school years a TLV may run beyond the school year it starts in. */
    public static final int TLV_MAX_SCHOOL_YEARS_AFTER_START = 8;
    /** Policy: a temporary (observation) placement lasts at least ten weeks. */
    public static final int TEMPORARY_PLACEMENT_MIN_WEEKS = 10;
    /** Policy: a temporary (observation) placement lasts at most twenty weeks. */
    public static final int TEMPORARY_PLACEMENT_MAX_WEEKS = 20;

    private Terms() {
    }

    /**
     * The last day for lodging an objection against a decision sent on {@code decisionSent}: the
     * six-week term starts the day after sending (Awb 6:7, 6:8 lid 1), so it ends on sending day + 42
     * days, moved to the next working day when that is a Saturday, Sunday or holiday (Atw art. 1).
     */
    public static LocalDate objectionTermEnd(LocalDate decisionSent) {
        return objectionTermEnd(decisionSent, OBJECTION_TERM);
    }

    /** As {@link #objectionTermEnd(LocalDate)}, with a configured term instead of six weeks. */
    public static LocalDate objectionTermEnd(LocalDate sent, Period term) {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(term, "term");
        return Holidays.nextWorkingDayIfNeeded(sent.plus(term));
    }

    /**
     * Whether an objection was lodged in time: received on or before the last day of the term, or
     * (Awb 6:9 lid 2) posted on or before that day and received at most one week after it.
     *
     * @param postmarkOrNull the postmark date, or {@code null} when not sent by post
     */
    public static boolean objectionTimely(LocalDate decisionSent, LocalDate received, LocalDate postmarkOrNull) {
        Objects.requireNonNull(received, "received");
        LocalDate termEnd = objectionTermEnd(decisionSent);
        if (!received.isAfter(termEnd)) {
            return true;
        }
        return postmarkOrNull != null
                && !postmarkOrNull.isAfter(termEnd)
                && !received.isAfter(termEnd.plusWeeks(1));
    }

    /**
     * The day by which the objection file goes to the Landelijke Bezwaaradviescommissie TLV: 14 days
     * after receipt of the objection (regulation of that committee).
     */
    public static LocalDate committeeSendDeadline(LocalDate objectionReceived) {
        return objectionReceived.plusDays(COMMITTEE_SEND_DAYS);
    }

    /**
     * The last day for deciding on an objection with an advisory committee: twelve weeks counted from
     * the day after the objection term ended (Awb 7:10 lid 1), the term end including its Atw shift.
     */
    public static LocalDate objectionDecisionDeadline(LocalDate decisionSent) {
        return objectionTermEnd(decisionSent).plusWeeks(OBJECTION_DECISION_WEEKS);
    }

    /**
     * The decision deadline for an objection received on {@code received}: as above, but for an objection
     * received after the objection term the twelve weeks run from its receipt (the decision term cannot
     * have started before the objection existed; Awb 7:10, as applied in case law of the ABRvS).
     */
    public static LocalDate objectionDecisionDeadline(LocalDate decisionSent, LocalDate received) {
        LocalDate regular = objectionDecisionDeadline(decisionSent);
        return received.isAfter(objectionTermEnd(decisionSent)) ? received.plusWeeks(OBJECTION_DECISION_WEEKS) : regular;
    }

    /** The deadline after the one postponement of six weeks (Awb 7:10 lid 3); the caller allows it once. */
    public static LocalDate objectionDecisionDeadlineExtended(LocalDate deadline) {
        return deadline.plusWeeks(OBJECTION_EXTENSION_WEEKS);
    }

    /**
     * The last day for deciding on a TLV application: eight weeks after receipt (Awb 4:13 lid 2),
     * extended by the days the term was suspended while the applicant supplemented the request
     * (Awb 4:15 lid 1 sub a).
     */
    public static LocalDate tlvDecisionDeadline(LocalDate received, long suspendedDays) {
        if (suspendedDays < 0) {
            throw new IllegalArgumentException("suspendedDays must not be negative: " + suspendedDays);
        }
        return received.plusWeeks(TLV_DECISION_WEEKS).plusDays(suspendedDays);
    }

    /**
     * The earliest allowed end of a TLV starting on {@code start} (WPO art. 40 lid 13; product rule:
     * one or more whole school years, a TLV issued during a school year also covers the rest of it).
     * From 1 August: 31 July of that school year. Any other day: 31 July of the next school year.
     */
    public static LocalDate minimumTlvEnd(LocalDate start) {
        SchoolYear year = SchoolYear.of(start);
        return start.equals(year.firstDay()) ? year.lastDay() : year.next().lastDay();
    }

    /**
     * Checks a TLV validity period (WPO art. 40 lid 13): both dates present, the end after the start,
     * on a 31 July and no earlier than {@link #minimumTlvEnd(LocalDate)}. The upper bound, at most
     * {@value #TLV_MAX_SCHOOL_YEARS_AFTER_START} school years after the end of the school year of the
     * start, is a policy sanity bound, not law.
     *
     * @throws nl.passend.shared.PassendException.RuleViolation with code {@code tlv-period-missing},
     *     {@code tlv-period-end-before-start}, {@code tlv-period-end-not-31-july},
     *     {@code tlv-period-too-short} or {@code tlv-period-too-long}
     */
    public static void validateTlvPeriod(LocalDate start, LocalDate end) {
        TlvPeriodRules.validate(start, end);
    }

    /**
     * The number of school years a TLV period touches, a started first school year counting as one:
     * 1 Aug 2026 to 31 Jul 2027 is 1, 2 Aug 2026 to 31 Jul 2028 is 2 (WPO art. 40 lid 13).
     */
    public static int schoolYearsCovered(LocalDate start, LocalDate end) {
        return TlvPeriodRules.schoolYearsCovered(start, end);
    }

    /**
     * Checks a temporary (observation) placement on a TLV (policy of the samenwerkingsverband, seed
     * value 10 to 20 weeks). The length is counted in calendar days with start and end both included,
     * and compared with whole weeks of seven days: 70 days (10 weeks) up to 140 days (20 weeks) are
     * allowed.
     *
     * @throws nl.passend.shared.PassendException.RuleViolation with code
     *     {@code tlv-temporary-period-missing}, {@code tlv-temporary-too-short} or
     *     {@code tlv-temporary-too-long}
     */
    public static void validateTemporaryPlacement(LocalDate start, LocalDate end) {
        TlvPeriodRules.validateTemporary(start, end);
    }

    /** The day on which a TLV's coming expiry is signalled: {@code monthsBefore} months before its end (policy). */
    public static LocalDate expirySignalDate(LocalDate tlvEnd, int monthsBefore) {
        return tlvEnd.minusMonths(monthsBefore);
    }

    /**
     * The day until which health data in a TLV file may be kept: {@code years} after the decision
     * (WPO art. 18a lid 13, three years). From 29 February a whole number of years lands on 28
     * February in a common year.
     */
    public static LocalDate healthDataRetentionEnd(LocalDate decisionDate, int years) {
        return decisionDate.plusYears(years);
    }

    /**
     * How the deadline {@code due} (its last day) stands on {@code today}: {@link DeadlineState#OVERDUE}
     * after it, {@link DeadlineState#NEAR} when at most {@code nearDays} days remain (the last day
     * itself included), otherwise {@link DeadlineState#OPEN_OK}. Policy classification, no legal source.
     */
    public static DeadlineState stateOn(LocalDate due, LocalDate today, int nearDays) {
        if (today.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= nearDays ? DeadlineState.NEAR : DeadlineState.OPEN_OK;
    }
}
