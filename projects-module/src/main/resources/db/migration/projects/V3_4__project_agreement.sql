-- The cooperation agreement a project is carried out under: a partners-module record, held by id and checked
-- through that module's boundary (no foreign key into another module's tables).
ALTER TABLE joint_project ADD COLUMN agreement_id BIGINT NULL;
CREATE INDEX ix_joint_project_agreement ON joint_project (agreement_id, id);
