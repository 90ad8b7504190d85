package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** One message of the conversation on a request, between the government's liaisons and IOM's coordinators. */
@Entity
@Table(name = "request_message")
@NamedQuery(name = "RequestMessage.findByRequest",
        query = "SELECT m FROM RequestMessage m WHERE m.requestId = :request ORDER BY m.id")
public class RequestMessage extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(name = "author_name", length = 150, nullable = false, updatable = false)
    private String authorName;

    @Column(name = "author_side", length = 20, nullable = false, updatable = false)
    private String authorSide;

    @Column(name = "body", length = 5000, nullable = false, updatable = false)
    private String body;

    protected RequestMessage() {
    }

    public RequestMessage(long requestId, long authorAccountId, String authorName, String authorSide, String body) {
        this.requestId = requestId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.authorSide = authorSide;
        this.body = body.strip();
    }

    public long requestId() {
        return requestId;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public String authorName() {
        return authorName;
    }

    public String authorSide() {
        return authorSide;
    }

    public String body() {
        return body;
    }
}
