-- What a project measures (indicators with targets) and what its partners report they did: who, what, where,
-- when and for whom, with the people reached broken down by sex and age group and by population type.
CREATE TABLE project_indicator (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    project_id BIGINT        NOT NULL,
    name       VARCHAR(300)  NOT NULL,
    unit       VARCHAR(60)   NOT NULL,
    target     DECIMAL(19,2) NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_indicator_project (project_id, id),
    CONSTRAINT fk_indicator_project FOREIGN KEY (project_id) REFERENCES joint_project (id),
    CONSTRAINT ck_indicator_target CHECK (target >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    agency_id       BIGINT        NOT NULL,
    indicator_id    BIGINT        NULL,
    iom_area        VARCHAR(32)   NOT NULL,
    activity        VARCHAR(500)  NOT NULL,
    country         CHAR(2)       NOT NULL,
    admin1          VARCHAR(150)  NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    achieved        DECIMAL(19,2) NULL,
    reached_total   INT           NOT NULL,
    female_children INT           NOT NULL DEFAULT 0,
    female_adults   INT           NOT NULL DEFAULT 0,
    female_elderly  INT           NOT NULL DEFAULT 0,
    male_children   INT           NOT NULL DEFAULT 0,
    male_adults     INT           NOT NULL DEFAULT 0,
    male_elderly    INT           NOT NULL DEFAULT 0,
    migrants        INT           NOT NULL DEFAULT 0,
    refugees        INT           NOT NULL DEFAULT 0,
    internally_displaced INT      NOT NULL DEFAULT 0,
    host_community  INT           NOT NULL DEFAULT 0,
    returnees       INT           NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_report_project (project_id, id),
    KEY ix_report_agency (agency_id, id),
    KEY ix_report_indicator (indicator_id),
    CONSTRAINT fk_report_project FOREIGN KEY (project_id) REFERENCES joint_project (id),
    CONSTRAINT fk_report_agency FOREIGN KEY (agency_id) REFERENCES partner_agency (id),
    CONSTRAINT fk_report_indicator FOREIGN KEY (indicator_id) REFERENCES project_indicator (id),
    CONSTRAINT fk_report_area FOREIGN KEY (iom_area) REFERENCES iom_area (code),
    CONSTRAINT fk_report_country FOREIGN KEY (country) REFERENCES country (alpha2),
    CONSTRAINT ck_report_period CHECK (period_end >= period_start),
    -- the parts never exceed the whole, in either breakdown; the application says so first, the database insists
    CONSTRAINT ck_report_sex_age CHECK (female_children >= 0 AND female_adults >= 0 AND female_elderly >= 0
        AND male_children >= 0 AND male_adults >= 0 AND male_elderly >= 0
        AND female_children + female_adults + female_elderly + male_children + male_adults + male_elderly
            <= reached_total),
    CONSTRAINT ck_report_population CHECK (migrants >= 0 AND refugees >= 0 AND internally_displaced >= 0
        AND host_community >= 0 AND returnees >= 0
        AND migrants + refugees + internally_displaced + host_community + returnees <= reached_total),
    CONSTRAINT ck_report_reached CHECK (reached_total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
