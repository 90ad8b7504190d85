-- Partner agencies (UN agencies, NGOs, ...) and the accounts of the people who sign in. Every account belongs to
-- exactly one organisation: IOM itself, one partner agency or one partner government.
CREATE TABLE partner_agency (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    acronym    VARCHAR(30)  NOT NULL,
    agency_type VARCHAR(40) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_partner_agency_acronym UNIQUE (acronym),
    CONSTRAINT ck_partner_agency_type CHECK (agency_type IN ('UN_AGENCY', 'INTERNATIONAL_NGO', 'NATIONAL_NGO',
        'INTERGOVERNMENTAL_ORGANISATION', 'RED_CROSS_RED_CRESCENT', 'ACADEMIC', 'PRIVATE_SECTOR', 'DONOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    username           VARCHAR(64)  NOT NULL,
    display_name       VARCHAR(150) NOT NULL,
    email              VARCHAR(254) NULL,
    role               VARCHAR(20)  NOT NULL,
    organisation_kind  VARCHAR(20)  NOT NULL,
    government_id      BIGINT       NULL,
    agency_id          BIGINT       NULL,
    preferred_language VARCHAR(5)   NULL,
    password_hash      VARCHAR(200) NOT NULL,
    -- changes whenever the password changes or the account is disabled: sessions and cached credentials that
    -- carry an older stamp are no longer honoured, on every instance at once
    security_stamp     VARCHAR(36)  NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins      INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    last_login_at      DATETIME(6)  NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_government FOREIGN KEY (government_id) REFERENCES partner_government (id),
    CONSTRAINT fk_account_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'COORDINATOR', 'AGENCY', 'LIAISON')),
    CONSTRAINT ck_account_organisation CHECK (
        (organisation_kind = 'IOM' AND government_id IS NULL AND agency_id IS NULL AND role IN ('ADMIN', 'COORDINATOR'))
        OR (organisation_kind = 'PARTNER_AGENCY' AND agency_id IS NOT NULL AND government_id IS NULL AND role = 'AGENCY')
        OR (organisation_kind = 'PARTNER_GOVERNMENT' AND government_id IS NOT NULL AND agency_id IS NULL AND role = 'LIAISON'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
