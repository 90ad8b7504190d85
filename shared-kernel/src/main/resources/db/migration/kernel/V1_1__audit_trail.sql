-- The audit trail: one entry per change of a cooperation record, written in the same transaction as the change,
-- hash-chained (each entry's SHA-256 covers its canonical content and the previous entry's hash).
CREATE TABLE audit_entry (
    seq                BIGINT       NOT NULL,
    occurred_at        DATETIME(6)  NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    actor_account_id   BIGINT       NULL,
    actor_organisation VARCHAR(40)  NULL,
    action             VARCHAR(20)  NOT NULL,
    record_type        VARCHAR(60)  NOT NULL,
    record_id          VARCHAR(64)  NULL,
    changes            MEDIUMTEXT   NULL,
    previous_hash      CHAR(64)     NOT NULL,
    entry_hash         CHAR(64)     NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT ck_audit_entry_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'TRANSITION', 'SECURITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every filter of the audit pages, each ending in seq for keyset paging, newest first
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id, seq);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_organisation ON audit_entry (actor_organisation, seq);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, seq);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, seq);

-- The end of the chain. Every append locks this one row until its transaction ends, so concurrent writers take
-- turns and the chain never forks; a rolled-back append leaves it untouched.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only, enforced by the database for every account that cannot drop triggers.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
