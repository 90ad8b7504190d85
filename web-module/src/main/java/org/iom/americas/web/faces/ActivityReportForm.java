package org.iom.americas.web.faces;

import java.io.Serializable;
import org.iom.americas.projects.ReportDetails;
import org.iom.americas.web.InputDates;

/**
 * What the activity report form holds while it is filled in: who (IOM names the agency), what, where, when, and
 * for whom, with the people reached by sex and age group and by population type.
 */
public class ActivityReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long agencyId;
    private Long indicatorId;
    private String iomArea;
    private String activity;
    private String country;
    private String admin1;
    private String periodStart;
    private String periodEnd;
    private String achieved;
    private Integer total;
    private int femaleChildren;
    private int femaleAdults;
    private int femaleElderly;
    private int maleChildren;
    private int maleAdults;
    private int maleElderly;
    private int migrants;
    private int refugees;
    private int internallyDisplaced;
    private int hostCommunity;
    private int returnees;

    ReportDetails details() {
        return new ReportDetails(agencyId, indicatorId, iomArea, activity, country,
                admin1 == null || admin1.isBlank() ? null : admin1.strip(),
                InputDates.parse("periodStart", periodStart), InputDates.parse("periodEnd", periodEnd),
                achieved == null || achieved.isBlank() ? null : achieved.strip(),
                new ReportDetails.Reached(total, femaleChildren, femaleAdults, femaleElderly, maleChildren, maleAdults,
                        maleElderly, migrants, refugees, internallyDisplaced, hostCommunity, returnees), null);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public String getIomArea() {
        return iomArea;
    }

    public void setIomArea(String iomArea) {
        this.iomArea = iomArea;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAdmin1() {
        return admin1;
    }

    public void setAdmin1(String admin1) {
        this.admin1 = admin1;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getAchieved() {
        return achieved;
    }

    public void setAchieved(String achieved) {
        this.achieved = achieved;
    }

    public Integer getTotal() {
        return total;
    }

    public void setTotal(Integer total) {
        this.total = total;
    }

    public int getFemaleChildren() {
        return femaleChildren;
    }

    public void setFemaleChildren(int femaleChildren) {
        this.femaleChildren = femaleChildren;
    }

    public int getFemaleAdults() {
        return femaleAdults;
    }

    public void setFemaleAdults(int femaleAdults) {
        this.femaleAdults = femaleAdults;
    }

    public int getFemaleElderly() {
        return femaleElderly;
    }

    public void setFemaleElderly(int femaleElderly) {
        this.femaleElderly = femaleElderly;
    }

    public int getMaleChildren() {
        return maleChildren;
    }

    public void setMaleChildren(int maleChildren) {
        this.maleChildren = maleChildren;
    }

    public int getMaleAdults() {
        return maleAdults;
    }

    public void setMaleAdults(int maleAdults) {
        this.maleAdults = maleAdults;
    }

    public int getMaleElderly() {
        return maleElderly;
    }

    public void setMaleElderly(int maleElderly) {
        this.maleElderly = maleElderly;
    }

    public int getMigrants() {
        return migrants;
    }

    public void setMigrants(int migrants) {
        this.migrants = migrants;
    }

    public int getRefugees() {
        return refugees;
    }

    public void setRefugees(int refugees) {
        this.refugees = refugees;
    }

    public int getInternallyDisplaced() {
        return internallyDisplaced;
    }

    public void setInternallyDisplaced(int internallyDisplaced) {
        this.internallyDisplaced = internallyDisplaced;
    }

    public int getHostCommunity() {
        return hostCommunity;
    }

    public void setHostCommunity(int hostCommunity) {
        this.hostCommunity = hostCommunity;
    }

    public int getReturnees() {
        return returnees;
    }

    public void setReturnees(int returnees) {
        this.returnees = returnees;
    }
}
