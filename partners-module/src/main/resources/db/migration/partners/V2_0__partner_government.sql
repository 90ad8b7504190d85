-- A partner government: one per country, with its IOM membership status and the IOM country office that works
-- with it.
CREATE TABLE partner_government (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    country           CHAR(2)       NOT NULL,
    membership_status VARCHAR(20)   NOT NULL,
    country_office    VARCHAR(150)  NULL,
    notes             VARCHAR(4000) NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_partner_government_country UNIQUE (country),
    CONSTRAINT fk_partner_government_country FOREIGN KEY (country) REFERENCES country (alpha2),
    CONSTRAINT ck_partner_government_membership CHECK (membership_status IN ('MEMBER_STATE', 'OBSERVER_STATE', 'NON_MEMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_government_membership ON partner_government (membership_status, id);
