-- Requests of partner governments to IOM, their conversation thread, attachments, and the notifications they raise.
CREATE TABLE assistance_request (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    government_id        BIGINT        NOT NULL,
    author_account_id    BIGINT        NOT NULL,
    request_type         VARCHAR(40)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          TEXT          NOT NULL,
    country              CHAR(2)       NOT NULL,
    urgency              VARCHAR(10)   NOT NULL,
    requested_start      DATE          NULL,
    budget_amount        DECIMAL(19,2) NULL,
    budget_currency      CHAR(3)       NULL,
    status               VARCHAR(25)   NOT NULL,
    decline_reason       VARCHAR(2000) NULL,
    submitted_at         DATETIME(6)   NULL,
    first_response_due   DATETIME(6)   NULL,
    first_responded_at   DATETIME(6)   NULL,
    decision_due         DATETIME(6)   NULL,
    decided_at           DATETIME(6)   NULL,
    joint_project_id     BIGINT        NULL,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- the liaison's list (own government, newest first) and the coordinators' queue (open, by urgency and due date)
    KEY ix_request_government (government_id, id),
    KEY ix_request_queue (status, urgency, decision_due, id),
    CONSTRAINT fk_request_government FOREIGN KEY (government_id) REFERENCES partner_government (id),
    CONSTRAINT fk_request_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT fk_request_country FOREIGN KEY (country) REFERENCES country (alpha2),
    CONSTRAINT ck_request_type CHECK (request_type IN ('TECHNICAL_COOPERATION', 'CAPACITY_BUILDING',
        'EMERGENCY_ASSISTANCE', 'BORDER_MANAGEMENT', 'ASSISTED_VOLUNTARY_RETURN', 'MIGRATION_HEALTH',
        'COUNTER_TRAFFICKING', 'MIGRATION_DATA', 'POLICY_AND_LEGAL_ADVICE', 'OTHER')),
    CONSTRAINT ck_request_urgency CHECK (urgency IN ('ROUTINE', 'PRIORITY', 'EMERGENCY')),
    CONSTRAINT ck_request_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED',
        'RESUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_request_budget CHECK ((budget_amount IS NULL AND budget_currency IS NULL)
        OR (budget_amount >= 0 AND budget_currency IS NOT NULL)),
    CONSTRAINT ck_request_declined CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assistance_request_location (
    request_id BIGINT       NOT NULL,
    name       VARCHAR(150) NOT NULL,
    PRIMARY KEY (request_id, name),
    CONSTRAINT fk_request_location FOREIGN KEY (request_id) REFERENCES assistance_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assistance_request_area (
    request_id BIGINT      NOT NULL,
    iom_area   VARCHAR(32) NOT NULL,
    PRIMARY KEY (request_id, iom_area),
    CONSTRAINT fk_request_area_request FOREIGN KEY (request_id) REFERENCES assistance_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_request_area_area FOREIGN KEY (iom_area) REFERENCES iom_area (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assistance_request_objective (
    request_id BIGINT   NOT NULL,
    objective  SMALLINT NOT NULL,
    PRIMARY KEY (request_id, objective),
    CONSTRAINT fk_request_objective_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_request_objective_objective FOREIGN KEY (objective) REFERENCES gcm_objective (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_message (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    request_id        BIGINT        NOT NULL,
    author_account_id BIGINT        NOT NULL,
    author_name       VARCHAR(150)  NOT NULL,
    author_side       VARCHAR(20)   NOT NULL,
    body              VARCHAR(5000) NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_message_request (request_id, id),
    CONSTRAINT fk_message_request FOREIGN KEY (request_id) REFERENCES assistance_request (id),
    CONSTRAINT fk_message_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT ck_message_side CHECK (author_side IN ('IOM', 'PARTNER_GOVERNMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files are kept in the database, beside the record they belong to: one backup, one transaction, no path on disk
-- that a crafted file name could reach. The SHA-256 lets anyone check a copy.
CREATE TABLE request_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    request_id        BIGINT       NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    media_type        VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    uploaded_by       BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attachment_request (request_id, id),
    CONSTRAINT fk_attachment_request FOREIGN KEY (request_id) REFERENCES assistance_request (id),
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the bytes apart from the description: lists and the audit trail never read them
CREATE TABLE request_attachment_content (
    attachment_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES request_attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    request_id   BIGINT        NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_notification_inbox (account_id, read_at, id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_notification_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
