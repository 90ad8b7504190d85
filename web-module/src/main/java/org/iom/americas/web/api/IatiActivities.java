package org.iom.americas.web.api;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.partners.AgencyType;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.projects.FundingView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.ParticipantView;
import org.iom.americas.projects.ProjectStatus;

/**
 * Joint projects as IATI 2.03 activities, in the order the official schema demands: IOM reports them (its IATI
 * organisation identifier XM-DAC-47066); partners take part in IATI roles; each donor's commitment and disbursement
 * are incoming transactions in the donor's currency; IOM areas are sectors of IOM's own vocabulary beside the DAC
 * migration sector; Global Compact objectives, which IATI has no code list for, are tags of vocabulary 99.
 */
final class IatiActivities {

    static final String REPORTING_ORG = "XM-DAC-47066";
    static final String GCM_URI = "https://www.un.org/en/migration2022/global-compact-for-migration";
    static final String IOM_AREAS_URI = "https://www.iom.int/migration-management";
    /** DAC 5-digit sector 15190: facilitation of orderly, safe, regular and responsible migration and mobility. */
    static final String DAC_MIGRATION = "15190";

    private final XMLStreamWriter xml;
    private final Map<Long, PartnerAgencyView> agencies;
    private final Map<String, String> areaNames;

    IatiActivities(Writer out, Map<Long, PartnerAgencyView> agencies, Map<String, String> areaNames)
            throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        this.agencies = agencies;
        this.areaNames = areaNames;
    }

    void start() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    void activity(JointProjectView p) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", p.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeAttribute("default-currency", "USD");
        xml.writeAttribute("xml:lang", "en");
        text("iati-identifier", REPORTING_ORG + "-" + p.code());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", REPORTING_ORG);
        xml.writeAttribute("type", "40");
        narrative("International Organization for Migration");
        xml.writeEndElement();
        narrated("title", p.title());
        narrated("description", p.summary() == null ? p.title() : p.summary());
        for (ParticipantView participant : p.participants()) {
            participatingOrg(participant);
        }
        empty("activity-status", "code", status(p.status()));
        date("1", p.startDate());
        if (p.endDate() != null) {
            date("3", p.endDate());
        }
        List<String> countries = p.countries();
        for (int i = 0; i < countries.size(); i++) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", countries.get(i));
            xml.writeAttribute("percentage", share(i, countries.size()));
        }
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", DAC_MIGRATION);
        xml.writeAttribute("percentage", "100");
        for (int i = 0; i < p.iomAreas().size(); i++) {
            String area = p.iomAreas().get(i);
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", "99");
            xml.writeAttribute("vocabulary-uri", IOM_AREAS_URI);
            xml.writeAttribute("code", area);
            xml.writeAttribute("percentage", share(i, p.iomAreas().size()));
            narrative(areaNames.getOrDefault(area, area));
            xml.writeEndElement();
        }
        for (Integer objective : p.objectives()) {
            xml.writeStartElement("tag");
            xml.writeAttribute("vocabulary", "99");
            xml.writeAttribute("vocabulary-uri", GCM_URI);
            xml.writeAttribute("code", "GCM-" + objective);
            narrative("Global Compact for Safe, Orderly and Regular Migration, objective " + objective);
            xml.writeEndElement();
        }
        if (p.endDate() != null) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "2");
            empty("period-start", "iso-date", p.startDate().toString());
            empty("period-end", "iso-date", p.endDate().toString());
            value(p.totals().committedUsd(), p.startDate());
            xml.writeEndElement();
        }
        for (FundingView funding : p.funding()) {
            transaction("11", funding.committed(), p.startDate(), funding.donorAgencyId());
            if (funding.disbursed().decimal().signum() > 0) {
                transaction("1", funding.disbursed(), p.startDate(), funding.donorAgencyId());
            }
        }
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void participatingOrg(ParticipantView participant) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", switch (participant.role()) {
            case DONOR -> "1";
            case LEAD, GOVERNMENT_COUNTERPART -> "2";
            case IMPLEMENTING_PARTNER -> "4";
        });
        PartnerAgencyView agency = participant.agencyId() == null ? null : agencies.get(participant.agencyId());
        xml.writeAttribute("type", agency == null ? "10" : type(agency.type()));
        narrative(agency == null ? "Government (partner government " + participant.governmentId() + ")"
                : agency.name());
        xml.writeEndElement();
    }

    private void transaction(String type, Money amount, LocalDate day, long donor) throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty("transaction-type", "code", type);
        empty("transaction-date", "iso-date", day.toString());
        value(amount, day);
        xml.writeStartElement("provider-org");
        PartnerAgencyView agency = agencies.get(donor);
        xml.writeAttribute("type", agency == null ? "90" : type(agency.type()));
        narrative(agency == null ? "Donor " + donor : agency.name());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void value(Money amount, LocalDate day) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", amount.currency());
        xml.writeAttribute("value-date", day.toString());
        xml.writeCharacters(amount.amount());
        xml.writeEndElement();
    }

    private void date(String type, LocalDate day) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", day.toString());
    }

    private void narrated(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    /** An equal share of 100 with two decimals, the last taking the remainder so the shares add up to 100. */
    static String share(int index, int count) {
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        BigDecimal value = index < count - 1 ? each
                : BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        return value.stripTrailingZeros().toPlainString();
    }

    static String status(ProjectStatus status) {
        return switch (status) {
            case PIPELINE -> "1";
            case ACTIVE -> "2";
            case COMPLETED -> "4";
            case CANCELLED -> "5";
            case SUSPENDED -> "6";
        };
    }

    /** IATI OrganisationType for an agency type. */
    static String type(AgencyType type) {
        return switch (type) {
            case UN_AGENCY, INTERGOVERNMENTAL_ORGANISATION -> "40";
            case INTERNATIONAL_NGO, RED_CROSS_RED_CRESCENT -> "21";
            case NATIONAL_NGO -> "22";
            case ACADEMIC -> "80";
            case PRIVATE_SECTOR -> "70";
            case DONOR -> "90";
        };
    }
}
