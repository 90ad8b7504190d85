package org.iom.americas.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** A dated, authored entry that coordinators publish to the partners of a response. */
@Entity
@Table(name = "situation_update")
@NamedQuery(name = "SituationUpdate.findByResponse",
        query = "SELECT u FROM SituationUpdate u WHERE u.responseId = :response ORDER BY u.id DESC")
public class SituationUpdate extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "author", length = 150, nullable = false, updatable = false)
    private String author;

    @Column(name = "title", length = 200, nullable = false, updatable = false)
    private String title;

    @Column(name = "body", length = 8000, nullable = false, updatable = false)
    private String body;

    protected SituationUpdate() {
    }

    public SituationUpdate(long responseId, String author, String title, String body) {
        this.responseId = responseId;
        this.author = author;
        this.title = title.strip();
        this.body = body.strip();
    }

    public String author() {
        return author;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }
}
