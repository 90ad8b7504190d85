-- A joint project in full: what, where (countries and admin-1 areas), in which IOM areas and for which Global
-- Compact objectives, who leads, who takes part in which role, who funds it with how much, and where it came from
-- (an assistance request, a humanitarian response: their ids only, those records belong to their modules).
ALTER TABLE joint_project
    ADD COLUMN summary                VARCHAR(4000) NULL,
    ADD COLUMN lead_agency_id         BIGINT        NULL,
    ADD COLUMN origin_request_id      BIGINT        NULL,
    ADD COLUMN humanitarian_response_id BIGINT      NULL,
    ADD CONSTRAINT fk_joint_project_lead FOREIGN KEY (lead_agency_id) REFERENCES partner_agency (id),
    ADD CONSTRAINT uq_joint_project_request UNIQUE (origin_request_id);

CREATE INDEX ix_joint_project_status ON joint_project (status, start_date, id);
CREATE INDEX ix_joint_project_lead ON joint_project (lead_agency_id, id);

-- admin level 1 areas, by name and, where known, OCHA P-code
CREATE TABLE joint_project_location (
    project_id BIGINT       NOT NULL,
    country    CHAR(2)      NOT NULL,
    admin1     VARCHAR(150) NOT NULL,
    pcode      VARCHAR(20)  NULL,
    PRIMARY KEY (project_id, country, admin1),
    KEY ix_joint_project_location (country, admin1, project_id),
    CONSTRAINT fk_project_location_project FOREIGN KEY (project_id) REFERENCES joint_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_location_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_project_area (
    project_id BIGINT      NOT NULL,
    iom_area   VARCHAR(32) NOT NULL,
    PRIMARY KEY (project_id, iom_area),
    KEY ix_joint_project_area (iom_area, project_id),
    CONSTRAINT fk_project_area_project FOREIGN KEY (project_id) REFERENCES joint_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_area_area FOREIGN KEY (iom_area) REFERENCES iom_area (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_project_objective (
    project_id BIGINT   NOT NULL,
    objective  SMALLINT NOT NULL,
    PRIMARY KEY (project_id, objective),
    CONSTRAINT fk_project_objective_project FOREIGN KEY (project_id) REFERENCES joint_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_objective_objective FOREIGN KEY (objective) REFERENCES gcm_objective (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- who takes part, in which role: an agency, or a government as counterpart
CREATE TABLE project_participant (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    project_id    BIGINT      NOT NULL,
    agency_id     BIGINT      NULL,
    government_id BIGINT      NULL,
    role          VARCHAR(30) NOT NULL,
    version       BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_participant UNIQUE (project_id, agency_id, government_id, role),
    KEY ix_participant_agency (agency_id, project_id),
    CONSTRAINT fk_participant_project FOREIGN KEY (project_id) REFERENCES joint_project (id),
    CONSTRAINT fk_participant_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id),
    CONSTRAINT fk_participant_government FOREIGN KEY (government_id) REFERENCES partner_government (id),
    CONSTRAINT ck_participant_role CHECK (role IN ('LEAD', 'IMPLEMENTING_PARTNER', 'DONOR', 'GOVERNMENT_COUNTERPART')),
    CONSTRAINT ck_participant_party CHECK ((agency_id IS NULL) <> (government_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- money promised and paid by each donor, in the donor's currency
CREATE TABLE project_funding (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    project_id       BIGINT        NOT NULL,
    donor_agency_id  BIGINT        NOT NULL,
    currency         CHAR(3)       NOT NULL,
    committed_amount DECIMAL(19,2) NOT NULL,
    disbursed_amount DECIMAL(19,2) NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_funding_donor UNIQUE (project_id, donor_agency_id, currency),
    CONSTRAINT fk_funding_project FOREIGN KEY (project_id) REFERENCES joint_project (id),
    CONSTRAINT fk_funding_donor FOREIGN KEY (donor_agency_id) REFERENCES partner_agency (id),
    CONSTRAINT ck_funding_amounts CHECK (committed_amount >= 0 AND disbursed_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- how many US dollars one unit of a currency was worth on a day; totals use the latest rate on or before today
CREATE TABLE exchange_rate (
    currency   CHAR(3)        NOT NULL,
    valid_from DATE           NOT NULL,
    usd_per_unit DECIMAL(19,10) NOT NULL,
    PRIMARY KEY (currency, valid_from),
    CONSTRAINT ck_exchange_rate_positive CHECK (usd_per_unit > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO exchange_rate (currency, valid_from, usd_per_unit) VALUES
('USD', '2000-01-01', 1);
