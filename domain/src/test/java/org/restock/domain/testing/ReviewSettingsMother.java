package org.restock.domain.testing;

import org.restock.domain.review.ReviewSettings;

/** Review settings for tests: the documented defaults with the thresholds a test moves. */
public final class ReviewSettingsMother {

    private ReviewSettingsMother() {
    }

    public static ReviewSettings defaults() {
        return ReviewSettings.defaults();
    }

    /** Starts from {@link ReviewSettings#defaults()}. */
    public static Builder defaultsWith() {
        return new Builder(ReviewSettings.defaults());
    }

    public static final class Builder {
        private int expediteSlackDays;
        private int expediteHorizonDays;
        private int postponeSlackDays;
        private int postponeMinNoticeDays;
        private int postponeMinShiftDays;
        private int cancelExtraCoverDays;
        private int cancelMinNoticeDays;
        private int reduceTargetCoverDays;
        private int reduceMinExcessDays;
        private int pastDueGraceDays;
        private int staleOrderMinAgeDays;
        private int staleOrderLeadTimeMultiple;
        private double shortRemainderFraction;
        private double shortageHorizonLeadTimes;
        private int dampenerDays;
        private double dampenerFraction;

        private Builder(ReviewSettings s) {
            expediteSlackDays = s.expediteSlackDays();
            expediteHorizonDays = s.expediteHorizonDays();
            postponeSlackDays = s.postponeSlackDays();
            postponeMinNoticeDays = s.postponeMinNoticeDays();
            postponeMinShiftDays = s.postponeMinShiftDays();
            cancelExtraCoverDays = s.cancelExtraCoverDays();
            cancelMinNoticeDays = s.cancelMinNoticeDays();
            reduceTargetCoverDays = s.reduceTargetCoverDays();
            reduceMinExcessDays = s.reduceMinExcessDays();
            pastDueGraceDays = s.pastDueGraceDays();
            staleOrderMinAgeDays = s.staleOrderMinAgeDays();
            staleOrderLeadTimeMultiple = s.staleOrderLeadTimeMultiple();
            shortRemainderFraction = s.shortRemainderFraction();
            shortageHorizonLeadTimes = s.shortageHorizonLeadTimes();
            dampenerDays = s.dampenerDays();
            dampenerFraction = s.dampenerFraction();
        }

        public Builder expediteSlackDays(int value) {
            expediteSlackDays = value;
            return this;
        }

        public Builder expediteHorizonDays(int value) {
            expediteHorizonDays = value;
            return this;
        }

        public Builder postponeSlackDays(int value) {
            postponeSlackDays = value;
            return this;
        }

        public Builder postponeMinNoticeDays(int value) {
            postponeMinNoticeDays = value;
            return this;
        }

        public Builder postponeMinShiftDays(int value) {
            postponeMinShiftDays = value;
            return this;
        }

        public Builder cancelExtraCoverDays(int value) {
            cancelExtraCoverDays = value;
            return this;
        }

        public Builder cancelMinNoticeDays(int value) {
            cancelMinNoticeDays = value;
            return this;
        }

        public Builder reduceTargetCoverDays(int value) {
            reduceTargetCoverDays = value;
            return this;
        }

        public Builder reduceMinExcessDays(int value) {
            reduceMinExcessDays = value;
            return this;
        }

        public Builder pastDueGraceDays(int value) {
            pastDueGraceDays = value;
            return this;
        }

        public Builder staleOrderMinAgeDays(int value) {
            staleOrderMinAgeDays = value;
            return this;
        }

        public Builder staleOrderLeadTimeMultiple(int value) {
            staleOrderLeadTimeMultiple = value;
            return this;
        }

        public Builder shortRemainderFraction(double value) {
            shortRemainderFraction = value;
            return this;
        }

        public Builder shortageHorizonLeadTimes(double value) {
            shortageHorizonLeadTimes = value;
            return this;
        }

        public Builder dampenerDays(int value) {
            dampenerDays = value;
            return this;
        }

        public Builder dampenerFraction(double value) {
            dampenerFraction = value;
            return this;
        }

        public ReviewSettings build() {
            return new ReviewSettings(expediteSlackDays, expediteHorizonDays, postponeSlackDays,
                    postponeMinNoticeDays, postponeMinShiftDays, cancelExtraCoverDays, cancelMinNoticeDays,
                    reduceTargetCoverDays, reduceMinExcessDays, pastDueGraceDays, staleOrderMinAgeDays,
                    staleOrderLeadTimeMultiple, shortRemainderFraction, shortageHorizonLeadTimes, dampenerDays,
                    dampenerFraction);
        }
    }
}
