package org.restock.domain.review;

import org.restock.domain.shared.InvalidValue;

/**
 * Every threshold of the review rules (DESIGN §4.4). {@link #defaults()} are the documented
 * defaults; operators override them in configuration.
 *
 * @param expediteSlackDays          EXPEDITE fires when slack is below minus this
 * @param expediteHorizonDays        ...and the line is due within this many days
 * @param postponeSlackDays          POSTPONE fires when slack is above this
 * @param postponeMinNoticeDays      ...the line is due at least this many days ahead (the supplier can still act)
 * @param postponeMinShiftDays       ...and the new date moves it by at least this many days
 * @param cancelExtraCoverDays       CANCEL fires when cover without the line reaches lead time plus this
 * @param cancelMinNoticeDays        ...and the line is due at least this many days ahead (also for reductions)
 * @param reduceTargetCoverDays      REDUCE_QUANTITY keeps reorder level plus max(MOQ, this many days of demand)
 * @param reduceMinExcessDays        ...and fires when the excess is at least max(MOQ, this many days of demand)
 * @param pastDueGraceDays           PAST_DUE fires when the line is more than this many days late
 * @param staleOrderMinAgeDays       CANCEL_STALE: an order is stale when older than max(this, ...
 * @param staleOrderLeadTimeMultiple ... this many lead times)
 * @param shortRemainderFraction     CANCEL_STALE also closes a late remainder below max(MOQ, this share of the ordered quantity)
 * @param shortageHorizonLeadTimes   shortage checks count inbound due within this many lead times
 * @param dampenerDays               a dismissed suggestion comes back only if its date moves more than this
 * @param dampenerFraction           ... or its quantity by more than this share
 */
public record ReviewSettings(
        int expediteSlackDays,
        int expediteHorizonDays,
        int postponeSlackDays,
        int postponeMinNoticeDays,
        int postponeMinShiftDays,
        int cancelExtraCoverDays,
        int cancelMinNoticeDays,
        int reduceTargetCoverDays,
        int reduceMinExcessDays,
        int pastDueGraceDays,
        int staleOrderMinAgeDays,
        int staleOrderLeadTimeMultiple,
        double shortRemainderFraction,
        double shortageHorizonLeadTimes,
        int dampenerDays,
        double dampenerFraction) {

    public ReviewSettings {
        for (int days : new int[] {expediteSlackDays, expediteHorizonDays, postponeSlackDays, postponeMinNoticeDays,
                postponeMinShiftDays, cancelExtraCoverDays, cancelMinNoticeDays, reduceTargetCoverDays,
                reduceMinExcessDays, pastDueGraceDays, staleOrderMinAgeDays, staleOrderLeadTimeMultiple, dampenerDays}) {
            InvalidValue.requireNotNegative(days, "review threshold");
        }
        if (shortRemainderFraction < 0 || shortRemainderFraction > 1) {
            throw new InvalidValue("short remainder fraction must be within 0..1, was " + shortRemainderFraction);
        }
        if (shortageHorizonLeadTimes <= 0) {
            throw new InvalidValue("shortage horizon must be positive, was " + shortageHorizonLeadTimes);
        }
        if (dampenerFraction < 0) {
            throw new InvalidValue("dampener fraction must not be negative, was " + dampenerFraction);
        }
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(2, 60, 14, 7, 7, 30, 7, 30, 3, 2, 90, 3, 0.10, 1.0, 7, 0.20);
    }
}
