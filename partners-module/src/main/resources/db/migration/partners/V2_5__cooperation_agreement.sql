-- Cooperation agreements between IOM and partner governments and agencies: the records an auditor or a governing
-- body asks for most. The parties, scope, signatories, the signed document and its amendments, the requests that led
-- to an agreement, and the expiry reminders already sent (one row per agreement, threshold and expiry date, so a
-- reminder fires once however many instances run the job).
CREATE TABLE cooperation_agreement (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    reference_number   VARCHAR(60)   NOT NULL,
    type               VARCHAR(40)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    summary            VARCHAR(4000) NULL,
    status             VARCHAR(20)   NOT NULL,
    signed_on          DATE          NULL,
    effective_on       DATE          NULL,
    expires_on         DATE          NULL,
    data_sharing_terms VARCHAR(4000) NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agreement_reference UNIQUE (reference_number),
    CONSTRAINT ck_agreement_status CHECK (status IN ('DRAFT', 'UNDER_NEGOTIATION', 'SIGNED', 'IN_FORCE', 'EXPIRED',
        'TERMINATED')),
    CONSTRAINT ck_agreement_type CHECK (type IN ('HOST_COUNTRY_AGREEMENT', 'MEMORANDUM_OF_UNDERSTANDING',
        'COOPERATION_AGREEMENT', 'LETTER_OF_INTENT', 'DATA_SHARING_AGREEMENT', 'FUNDING_AGREEMENT')),
    CONSTRAINT ck_agreement_dates CHECK (expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_expiry ON cooperation_agreement (status, expires_on, id);
CREATE INDEX ix_agreement_type ON cooperation_agreement (type, id);

CREATE TABLE agreement_government (
    agreement_id  BIGINT NOT NULL,
    government_id BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, government_id),
    KEY ix_agreement_government (government_id, agreement_id),
    CONSTRAINT fk_agreement_government_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_government_government FOREIGN KEY (government_id) REFERENCES partner_government (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_agency (
    agreement_id BIGINT NOT NULL,
    agency_id    BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, agency_id),
    KEY ix_agreement_agency (agency_id, agreement_id),
    CONSTRAINT fk_agreement_agency_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_agency_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_country (
    agreement_id BIGINT  NOT NULL,
    country      CHAR(2) NOT NULL,
    PRIMARY KEY (agreement_id, country),
    KEY ix_agreement_country (country, agreement_id),
    CONSTRAINT fk_agreement_country_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_country_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_area (
    agreement_id BIGINT      NOT NULL,
    iom_area     VARCHAR(32) NOT NULL,
    PRIMARY KEY (agreement_id, iom_area),
    CONSTRAINT fk_agreement_area_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_objective (
    agreement_id BIGINT NOT NULL,
    objective    INT    NOT NULL,
    PRIMARY KEY (agreement_id, objective),
    CONSTRAINT fk_agreement_objective_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_request (
    agreement_id BIGINT NOT NULL,
    request_id   BIGINT NOT NULL,
    PRIMARY KEY (agreement_id, request_id),
    CONSTRAINT fk_agreement_request_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_request_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_signatory (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    organisation VARCHAR(300) NOT NULL,
    signed_on    DATE         NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_signatory_agreement (agreement_id, id),
    CONSTRAINT fk_signatory_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    description  VARCHAR(300) NULL,
    effective_on DATE         NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_agreement_document (agreement_id, id),
    CONSTRAINT fk_agreement_document_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id),
    CONSTRAINT fk_agreement_document_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT ck_agreement_document_kind CHECK (kind IN ('SIGNED_AGREEMENT', 'AMENDMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_document_content (
    document_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_agreement_document_content FOREIGN KEY (document_id) REFERENCES agreement_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_reminder (
    agreement_id BIGINT      NOT NULL,
    days_before  INT         NOT NULL,
    expires_on   DATE        NOT NULL,
    fired_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (agreement_id, days_before, expires_on),
    CONSTRAINT fk_agreement_reminder_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE notification ADD COLUMN agreement_id BIGINT NULL,
    ADD CONSTRAINT fk_notification_agreement FOREIGN KEY (agreement_id) REFERENCES cooperation_agreement (id);
