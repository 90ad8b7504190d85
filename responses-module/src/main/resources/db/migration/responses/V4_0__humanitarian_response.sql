-- The core of a humanitarian response: its name, the type of crisis, its phase, and the countries affected.
CREATE TABLE humanitarian_response (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    crisis_type VARCHAR(30)  NOT NULL,
    phase       VARCHAR(20)  NOT NULL,
    start_date  DATE         NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_humanitarian_response_crisis CHECK (crisis_type IN ('SUDDEN_ONSET_DISASTER', 'SLOW_ONSET_CLIMATE', 'CONFLICT_OR_VIOLENCE', 'MIXED_MIGRATION_FLOWS')),
    CONSTRAINT ck_humanitarian_response_phase CHECK (phase IN ('ALERT', 'EMERGENCY', 'EARLY_RECOVERY', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE humanitarian_response_country (
    response_id BIGINT  NOT NULL,
    country     CHAR(2) NOT NULL,
    PRIMARY KEY (response_id, country),
    CONSTRAINT fk_humanitarian_response_country_response FOREIGN KEY (response_id) REFERENCES humanitarian_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_humanitarian_response_country_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_humanitarian_response_country_country ON humanitarian_response_country (country, response_id);
