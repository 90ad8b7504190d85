-- Personal API tokens: an administrator issues one per account for a partner's system, and revokes it. Only the
-- SHA-256 of a token is kept; the token itself is shown once, when issued.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    KEY ix_api_token_account (account_id, id),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
