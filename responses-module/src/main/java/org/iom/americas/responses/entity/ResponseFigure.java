package org.iom.americas.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.iom.americas.kernel.persistence.CooperationRecord;

/**
 * How many people were displaced and in need in a place on a day, and where the figure comes from. Figures are
 * never changed: a correction is a new figure that names the one it corrects, who made it and why.
 */
@Entity
@Table(name = "response_figure")
@NamedQuery(name = "ResponseFigure.findByResponse",
        query = "SELECT f FROM ResponseFigure f WHERE f.responseId = :response ORDER BY f.asOf, f.id")
@NamedQuery(name = "ResponseFigure.findCorrectionOf",
        query = "SELECT f FROM ResponseFigure f WHERE f.correctsId = :figure")
public class ResponseFigure extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "country", length = 2, nullable = false, updatable = false)
    private String country;

    @Column(name = "admin1", length = 150, updatable = false)
    private String admin1;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "displaced", nullable = false, updatable = false)
    private int displaced;

    @Column(name = "in_need", nullable = false, updatable = false)
    private int inNeed;

    @Column(name = "source", length = 300, nullable = false, updatable = false)
    private String source;

    @Column(name = "recorded_by", length = 64, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_reason", length = 1000, updatable = false)
    private String correctionReason;

    protected ResponseFigure() {
    }

    public ResponseFigure(long responseId, String country, String admin1, LocalDate asOf, int displaced, int inNeed,
                          String source, String recordedBy, Long correctsId, String correctionReason) {
        this.responseId = responseId;
        this.country = country;
        this.admin1 = admin1 == null || admin1.isBlank() ? null : admin1.strip();
        this.asOf = asOf;
        this.displaced = displaced;
        this.inNeed = inNeed;
        this.source = source.strip();
        this.recordedBy = recordedBy;
        this.correctsId = correctsId;
        this.correctionReason = correctionReason == null ? null : correctionReason.strip();
    }

    public long responseId() {
        return responseId;
    }

    public String country() {
        return country;
    }

    public String admin1() {
        return admin1;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int displaced() {
        return displaced;
    }

    public int inNeed() {
        return inNeed;
    }

    public String source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Long correctsId() {
        return correctsId;
    }

    public String correctionReason() {
        return correctionReason;
    }
}
