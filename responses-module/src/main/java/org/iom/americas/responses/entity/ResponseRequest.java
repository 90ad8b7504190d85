package org.iom.americas.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** An assistance request (of the partners module, by id) that relates to a response. */
@Entity
@Table(name = "response_request")
@NamedQuery(name = "ResponseRequest.findByResponse",
        query = "SELECT r FROM ResponseRequest r WHERE r.responseId = :response ORDER BY r.id")
public class ResponseRequest extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    protected ResponseRequest() {
    }

    public ResponseRequest(long responseId, long requestId) {
        this.responseId = responseId;
        this.requestId = requestId;
    }

    public long requestId() {
        return requestId;
    }
}
