-- Checkpoints of the audit chain: the head's position and hash at a moment, kept apart from the entries so that an
-- exported copy can be checked against hashes recorded earlier (and, if sent elsewhere, held by a third party).
CREATE TABLE audit_checkpoint (
    seq        BIGINT      NOT NULL,
    entry_hash CHAR(64)    NOT NULL,
    taken_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are append-only';

CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are append-only';
