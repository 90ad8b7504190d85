-- Scheduled work that must happen once per cluster: every instance's timer fires, and the one whose row goes in
-- first for the job's time slot does the work (in the same transaction, so a failed run leaves the slot free).
CREATE TABLE scheduled_run (
    job      VARCHAR(60)  NOT NULL,
    slot     VARCHAR(40)  NOT NULL,
    instance VARCHAR(200) NOT NULL,
    ran_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (job, slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
