package org.iom.americas.projects;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An activity report: who (the reporting agency; IOM names it, an agency is itself), what (activity, IOM area,
 * indicator and what was achieved), where (country, admin-1), when (period) and for whom ({@code reached}).
 * {@code version} is the one read on a revision.
 */
public record ReportDetails(
        Long agencyId,
        Long indicatorId,
        @NotNull @Pattern(regexp = "[A-Z_]{1,32}") String iomArea,
        @NotBlank @Size(max = 500) String activity,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @Size(max = 150) String admin1,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "{validation.quantity}") String achieved,
        @NotNull @Valid Reached reached,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public ReportDetails(Long agencyId, Long indicatorId, String iomArea, String activity, String country,
                         String admin1, LocalDate periodStart, LocalDate periodEnd, String achieved, Reached reached,
                         Long version) {
        this.agencyId = agencyId;
        this.indicatorId = indicatorId;
        this.iomArea = iomArea;
        this.activity = activity;
        this.country = country;
        this.admin1 = admin1;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.achieved = achieved;
        this.reached = reached;
        this.version = version;
    }

    public ReportDetails withVersion(Long read) {
        return new ReportDetails(agencyId, indicatorId, iomArea, activity, country, admin1, periodStart, periodEnd,
                achieved, reached, read);
    }

    /**
     * The people reached, in all, by sex and age group (children 0–17, adults 18–59, elderly 60+) and by population
     * type. Parts left out count as zero; neither breakdown may exceed the total.
     */
    public record Reached(
            @NotNull @PositiveOrZero Integer total,
            @PositiveOrZero int femaleChildren, @PositiveOrZero int femaleAdults, @PositiveOrZero int femaleElderly,
            @PositiveOrZero int maleChildren, @PositiveOrZero int maleAdults, @PositiveOrZero int maleElderly,
            @PositiveOrZero int migrants, @PositiveOrZero int refugees, @PositiveOrZero int internallyDisplaced,
            @PositiveOrZero int hostCommunity, @PositiveOrZero int returnees) implements Serializable {

        /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
        @JsonbCreator
        public Reached(Integer total, int femaleChildren, int femaleAdults, int femaleElderly, int maleChildren,
                       int maleAdults, int maleElderly, int migrants, int refugees, int internallyDisplaced,
                       int hostCommunity, int returnees) {
            this.total = total;
            this.femaleChildren = femaleChildren;
            this.femaleAdults = femaleAdults;
            this.femaleElderly = femaleElderly;
            this.maleChildren = maleChildren;
            this.maleAdults = maleAdults;
            this.maleElderly = maleElderly;
            this.migrants = migrants;
            this.refugees = refugees;
            this.internallyDisplaced = internallyDisplaced;
            this.hostCommunity = hostCommunity;
            this.returnees = returnees;
        }

        public long bySexAndAge() {
            return (long) femaleChildren + femaleAdults + femaleElderly + maleChildren + maleAdults + maleElderly;
        }

        public long byPopulation() {
            return (long) migrants + refugees + internallyDisplaced + hostCommunity + returnees;
        }
    }
}
