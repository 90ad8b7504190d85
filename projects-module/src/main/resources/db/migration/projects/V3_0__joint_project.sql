-- The core of a joint project: its human-readable code, title, status and period, and the countries it works in.
CREATE TABLE joint_project (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(20)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    start_date DATE         NULL,
    end_date   DATE         NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_joint_project_code UNIQUE (code),
    CONSTRAINT ck_joint_project_status CHECK (status IN ('PIPELINE', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_joint_project_period CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_project_country (
    project_id BIGINT  NOT NULL,
    country    CHAR(2) NOT NULL,
    PRIMARY KEY (project_id, country),
    CONSTRAINT fk_joint_project_country_project FOREIGN KEY (project_id) REFERENCES joint_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_joint_project_country_country FOREIGN KEY (country) REFERENCES country (alpha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_joint_project_country_country ON joint_project_country (country, project_id);
