-- Entries written with their change but not yet on the chain. A change's transaction inserts here and takes no
-- lock on the chain head, so writers no longer commit one at a time; the sealer then moves the committed entries,
-- oldest first, onto the chain (audit_entry) in one short transaction of its own, many at a time. The sealer runs
-- before every answer that wrote one, so a client never sees its change before the change's entry is sealed.
CREATE TABLE audit_pending (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at        DATETIME(6)  NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    actor_account_id   BIGINT       NULL,
    actor_organisation VARCHAR(40)  NULL,
    action             VARCHAR(20)  NOT NULL,
    record_type        VARCHAR(60)  NOT NULL,
    record_id          VARCHAR(64)  NULL,
    changes            MEDIUMTEXT   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
