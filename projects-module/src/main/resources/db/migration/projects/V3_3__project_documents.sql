-- Documents a project's partners share in its workspace (work plans, reports, minutes), described apart from
-- their bytes so lists never read the files. Written once; a SHA-256 lets anyone check a copy.
CREATE TABLE project_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    project_id  BIGINT       NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    uploader_organisation VARCHAR(120) NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_document_project (project_id, id),
    CONSTRAINT fk_document_project FOREIGN KEY (project_id) REFERENCES joint_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_document_content (
    document_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_document_content FOREIGN KEY (document_id) REFERENCES project_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
