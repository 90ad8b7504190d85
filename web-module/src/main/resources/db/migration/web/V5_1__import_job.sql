-- Bulk imports of agencies, projects and activity reports: each file's job, its progress while it runs (read by
-- any instance of a cluster), and at the end each row's outcome, from which the downloadable report is made.
CREATE TABLE import_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(20)  NOT NULL,
    mode           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    account_id     BIGINT       NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    total_rows     INT          NOT NULL,
    processed_rows INT          NOT NULL DEFAULT 0,
    created_count  INT          NOT NULL DEFAULT 0,
    updated_count  INT          NOT NULL DEFAULT 0,
    unchanged_count INT         NOT NULL DEFAULT 0,
    rejected_count INT          NOT NULL DEFAULT 0,
    outcomes       LONGTEXT     NULL,
    failure        VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_import_job_account (account_id, id),
    CONSTRAINT ck_import_job_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT ck_import_job_mode CHECK (mode IN ('DRY_RUN', 'ALL_OR_NOTHING', 'ROW_BY_ROW')),
    CONSTRAINT ck_import_job_kind CHECK (kind IN ('AGENCIES', 'PROJECTS', 'REPORTS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
