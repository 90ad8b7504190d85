-- The answers to POSTs that carried an Idempotency-Key, per caller, so a retry gets the first answer instead of a
-- second record. Kept in the database, not in one instance's memory, so every instance of a cluster knows them.
CREATE TABLE idempotency_key (
    caller        VARCHAR(64)  NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    state         VARCHAR(10)  NOT NULL,
    status        INT          NULL,
    content_type  VARCHAR(150) NULL,
    location      VARCHAR(1000) NULL,
    body          MEDIUMBLOB   NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY ix_idempotency_created (created_at),
    CONSTRAINT ck_idempotency_state CHECK (state IN ('RUNNING', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
