-- The partner registry grows: what an agency is and where it works, a government's institutions, and the
-- government liaisons who speak for it (each optionally linked to the account they sign in with).
ALTER TABLE partner_agency
    ADD COLUMN website       VARCHAR(300) NULL,
    ADD COLUMN contact_email VARCHAR(254) NULL,
    ADD COLUMN contact_name  VARCHAR(150) NULL;

-- names compare accent- and case-insensitively (utf8mb4_unicode_ci): "Mexico" finds "México"
CREATE INDEX ix_partner_agency_name ON partner_agency (name, id);
CREATE INDEX ix_partner_agency_type ON partner_agency (agency_type, name, id);

CREATE TABLE partner_agency_country (
    agency_id BIGINT  NOT NULL,
    country   CHAR(2) NOT NULL,
    PRIMARY KEY (agency_id, country),
    KEY ix_partner_agency_country (country, agency_id),
    CONSTRAINT fk_agency_country_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id) ON DELETE CASCADE,
    CONSTRAINT fk_agency_country_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_agency_area (
    agency_id BIGINT      NOT NULL,
    iom_area  VARCHAR(32) NOT NULL,
    PRIMARY KEY (agency_id, iom_area),
    KEY ix_partner_agency_area (iom_area, agency_id),
    CONSTRAINT fk_agency_area_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id) ON DELETE CASCADE,
    CONSTRAINT fk_agency_area_area FOREIGN KEY (iom_area) REFERENCES iom_area (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE government_institution (
    government_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    PRIMARY KEY (government_id, name),
    CONSTRAINT fk_institution_government FOREIGN KEY (government_id) REFERENCES partner_government (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE government_liaison (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    government_id      BIGINT       NOT NULL,
    full_name          VARCHAR(150) NOT NULL,
    title              VARCHAR(150) NULL,
    institution        VARCHAR(200) NULL,
    email              VARCHAR(254) NOT NULL,
    phone              VARCHAR(40)  NULL,
    preferred_language VARCHAR(5)   NOT NULL,
    account_id         BIGINT       NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_liaison_email UNIQUE (government_id, email),
    CONSTRAINT uq_liaison_account UNIQUE (account_id),
    KEY ix_liaison_name (full_name, id),
    CONSTRAINT fk_liaison_government FOREIGN KEY (government_id) REFERENCES partner_government (id),
    CONSTRAINT fk_liaison_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_liaison_language CHECK (preferred_language IN ('es', 'en', 'pt', 'fr'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
