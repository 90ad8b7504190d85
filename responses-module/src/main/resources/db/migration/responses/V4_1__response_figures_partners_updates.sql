-- A humanitarian response in full: where it works (admin-1 areas), who leads it, the situation, the figures of
-- displaced people and people in need over time (a correction is a new row that names the one it corrects, so
-- nothing is overwritten), the partners engaged and their sectors, the requests related, and situation updates.
ALTER TABLE humanitarian_response
    ADD COLUMN situation_summary VARCHAR(4000) NULL,
    ADD COLUMN lead_coordinator_account_id BIGINT NULL,
    ADD CONSTRAINT fk_response_lead FOREIGN KEY (lead_coordinator_account_id) REFERENCES account (id);

CREATE INDEX ix_humanitarian_response_phase ON humanitarian_response (phase, id);

CREATE TABLE humanitarian_response_location (
    response_id BIGINT       NOT NULL,
    country     CHAR(2)      NOT NULL,
    admin1      VARCHAR(150) NOT NULL,
    pcode       VARCHAR(20)  NULL,
    PRIMARY KEY (response_id, country, admin1),
    CONSTRAINT fk_response_location_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_response_location_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_figure (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    response_id       BIGINT        NOT NULL,
    country           CHAR(2)       NOT NULL,
    admin1            VARCHAR(150)  NULL,
    as_of             DATE          NOT NULL,
    displaced         INT           NOT NULL,
    in_need           INT           NOT NULL,
    source            VARCHAR(300)  NOT NULL,
    recorded_by       VARCHAR(64)   NOT NULL,
    corrects_id       BIGINT        NULL,
    correction_reason VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_figure_response (response_id, as_of, id),
    -- a figure is corrected at most once; its correction may itself be corrected
    CONSTRAINT uq_figure_correction UNIQUE (corrects_id),
    CONSTRAINT fk_figure_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id),
    CONSTRAINT fk_figure_country FOREIGN KEY (country) REFERENCES country (alpha2),
    CONSTRAINT fk_figure_corrects FOREIGN KEY (corrects_id) REFERENCES response_figure (id),
    CONSTRAINT ck_figure_counts CHECK (displaced >= 0 AND in_need >= 0),
    CONSTRAINT ck_figure_reason CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_partner (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    response_id BIGINT      NOT NULL,
    agency_id   BIGINT      NOT NULL,
    iom_area    VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_response_partner UNIQUE (response_id, agency_id, iom_area),
    CONSTRAINT fk_response_partner_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id),
    CONSTRAINT fk_response_partner_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id),
    CONSTRAINT fk_response_partner_area FOREIGN KEY (iom_area) REFERENCES iom_area (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response_request (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    response_id BIGINT      NOT NULL,
    request_id  BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_response_request UNIQUE (response_id, request_id),
    CONSTRAINT fk_response_request_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id),
    CONSTRAINT fk_response_request_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE situation_update (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    response_id  BIGINT        NOT NULL,
    author       VARCHAR(150)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_update_response (response_id, id),
    CONSTRAINT fk_update_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
