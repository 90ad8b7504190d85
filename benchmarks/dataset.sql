-- The benchmark data set: the region at ten times its size (scale 1.0), or a fraction of it (scale 0.1), generated
-- inside MariaDB from a seed, so the same seed and scale give the same rows on any machine. Run on a database whose
-- schema the application's migrations created (benchmarks/performance.sh does it all):
--   { echo "SET @seed = 2026, @scale = 1.0;"; cat benchmarks/dataset.sql; } | mariadb coordination_it_perf
-- At scale 1.0: every country and territory of the reference data with a government and 30 admin-1 areas, 2,000
-- partner agencies, 500 liaisons, 20,000 assistance requests with threads of 3 messages, 100,000 joint projects with
-- 3 partners, 2 donors and 2 indicators each, 1,000,000 activity reports and 500 humanitarian responses with 10
-- figures each. The 5,000,000 audit entries of a valid chain come after, from AuditChainGenerator (it needs SHA-256).
-- Pseudo-random choices are bench_h(salt, n): the first 32 bits of MD5(seed:salt:n), the same wherever it runs.

SET @agencies = GREATEST(20, ROUND(2000 * @scale));
SET @liaisons = GREATEST(10, ROUND(500 * @scale));
SET @requests = GREATEST(100, ROUND(20000 * @scale));
SET @projects = GREATEST(500, ROUND(100000 * @scale));
SET @reports = GREATEST(5000, ROUND(1000000 * @scale));
SET @responses = GREATEST(10, ROUND(500 * @scale));
SET @now = '2026-11-01 12:00:00.000000';

DROP FUNCTION IF EXISTS bench_h;
CREATE FUNCTION bench_h(salt VARCHAR(20), n BIGINT) RETURNS BIGINT DETERMINISTIC
    RETURN CONV(LEFT(MD5(CONCAT(@seed, ':', salt, ':', n)), 8), 16, 10);

-- the countries and territories, numbered, to pick one by a hash
DROP TABLE IF EXISTS bench_country;
CREATE TABLE bench_country (i INT PRIMARY KEY, alpha2 CHAR(2) NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_country SELECT ROW_NUMBER() OVER (ORDER BY alpha2) - 1, alpha2 FROM country;
SET @countries = (SELECT COUNT(*) FROM bench_country);
DROP TABLE IF EXISTS bench_area;
CREATE TABLE bench_area (i INT PRIMARY KEY, code VARCHAR(32) NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_area SELECT position - 1, code FROM iom_area;

INSERT INTO partner_government (country, membership_status, country_office, version, created_at, updated_at)
SELECT c.alpha2, IF(bench_h('gov', c.i) % 10 < 8, 'MEMBER_STATE', 'OBSERVER_STATE'),
       CONCAT('IOM country office ', c.alpha2), 0, @now, @now
FROM bench_country c WHERE NOT EXISTS (SELECT 1 FROM partner_government g WHERE g.country = c.alpha2);
DROP TABLE IF EXISTS bench_government;
CREATE TABLE bench_government (i INT PRIMARY KEY, id BIGINT NOT NULL, country CHAR(2) NOT NULL) ENGINE = InnoDB;
INSERT INTO bench_government SELECT c.i, g.id, g.country FROM bench_country c JOIN partner_government g ON g.country = c.alpha2;

SET @first_agency = (SELECT COALESCE(MAX(id), 0) + 1 FROM partner_agency);
INSERT INTO partner_agency (id, name, acronym, agency_type, active, website, contact_email, contact_name, version,
                            created_at, updated_at)
SELECT @first_agency + seq - 1, CONCAT('Partner agency ', seq), CONCAT('BA', seq),
       ELT(1 + bench_h('agency-type', seq) % 5, 'UN_AGENCY', 'INTERNATIONAL_NGO', 'NATIONAL_NGO', 'DONOR',
           'NATIONAL_NGO'),
       bench_h('agency-active', seq) % 20 <> 0, CONCAT('https://agency', seq, '.example.org'),
       CONCAT('contact@agency', seq, '.example.org'), CONCAT('Contact ', seq), 0, @now, @now
FROM seq_1_to_1000000 WHERE seq <= @agencies;
INSERT INTO partner_agency_country (agency_id, country)
SELECT DISTINCT @first_agency + s.seq - 1, c.alpha2 FROM seq_1_to_1000000 s
JOIN seq_0_to_1 k JOIN bench_country c ON c.i = bench_h(CONCAT('agency-country', k.seq), s.seq) % @countries
WHERE s.seq <= @agencies;
INSERT INTO partner_agency_area (agency_id, iom_area)
SELECT @first_agency + seq - 1, a.code FROM seq_1_to_1000000 JOIN bench_area a ON a.i = bench_h('agency-area', seq) % 4
WHERE seq <= @agencies;

-- liaisons sign in with the administrator's password hash (the benchmark never signs in as one; a real hash per
-- account would cost 600,000 PBKDF2 iterations each)
SET @hash = (SELECT password_hash FROM account WHERE username = 'admin');
SET @first_account = (SELECT COALESCE(MAX(id), 0) + 1 FROM account);
INSERT INTO account (id, username, display_name, email, role, organisation_kind, government_id, agency_id,
                     preferred_language, password_hash, security_stamp, enabled, failed_logins, version, created_at,
                     updated_at)
SELECT @first_account + seq - 1, CONCAT('bench.liaison', seq), CONCAT('Liaison ', seq),
       CONCAT('liaison', seq, '@gov.example.org'), 'LIAISON', 'PARTNER_GOVERNMENT', g.id,
       NULL, ELT(1 + seq % 4, 'es', 'en', 'pt', 'fr'), @hash, UUID(), TRUE, 0, 0, @now, @now
FROM seq_1_to_1000000 JOIN bench_government g ON g.i = seq % @countries WHERE seq <= @liaisons;

SET @first_request = (SELECT COALESCE(MAX(id), 0) + 1 FROM assistance_request);
INSERT INTO assistance_request (id, government_id, author_account_id, request_type, title, description, country,
                                urgency, requested_start, budget_amount, budget_currency, status, decline_reason,
                                submitted_at, first_response_due, first_responded_at, decision_due, decided_at,
                                version, created_at, updated_at)
SELECT @first_request + r.seq - 1, g.id, @first_account + (r.seq % @liaisons),
       ELT(1 + bench_h('req-type', r.seq) % 10, 'TECHNICAL_COOPERATION', 'CAPACITY_BUILDING', 'EMERGENCY_ASSISTANCE',
           'BORDER_MANAGEMENT', 'ASSISTED_VOLUNTARY_RETURN', 'MIGRATION_HEALTH', 'COUNTER_TRAFFICKING',
           'MIGRATION_DATA', 'POLICY_AND_LEGAL_ADVICE', 'OTHER'),
       CONCAT('Request ', r.seq, ' for support in area ', 1 + bench_h('req-admin1', r.seq) % 30),
       'Generated for the benchmark: what the government asks of IOM, in a few sentences.', g.country,
       ELT(1 + bench_h('req-urgency', r.seq) % 3, 'ROUTINE', 'PRIORITY', 'EMERGENCY'),
       DATE_ADD('2026-01-01', INTERVAL bench_h('req-start', r.seq) % 700 DAY),
       IF(bench_h('req-budget', r.seq) % 2 = 0, 1000 * (1 + bench_h('req-amount', r.seq) % 500), NULL),
       IF(bench_h('req-budget', r.seq) % 2 = 0, 'USD', NULL),
       @status := ELT(1 + bench_h('req-status', r.seq) % 8, 'DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
           'INFORMATION_REQUESTED', 'RESUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'),
       IF(@status = 'DECLINED', 'Outside the mandate of this office', NULL),
       IF(@status = 'DRAFT', NULL, @submitted := DATE_SUB('2026-11-01', INTERVAL bench_h('req-sub', r.seq) % 400 DAY)),
       IF(@status = 'DRAFT', NULL, DATE_ADD(@submitted, INTERVAL 1 DAY)),
       IF(@status IN ('DRAFT', 'SUBMITTED'), NULL, DATE_ADD(@submitted, INTERVAL 5 HOUR)),
       IF(@status = 'DRAFT', NULL, DATE_ADD(@submitted, INTERVAL 10 DAY)),
       IF(@status IN ('ACCEPTED', 'DECLINED'), DATE_ADD(@submitted, INTERVAL 8 DAY), NULL),
       0, @now, @now
FROM seq_1_to_1000000 r JOIN bench_government g ON g.i = bench_h('req-country', r.seq) % @countries
WHERE r.seq <= @requests;
INSERT INTO assistance_request_location (request_id, name)
SELECT @first_request + seq - 1, CONCAT('Area ', 1 + bench_h('req-admin1', seq) % 30) FROM seq_1_to_1000000
WHERE seq <= @requests;
INSERT INTO assistance_request_area (request_id, iom_area)
SELECT @first_request + seq - 1, a.code FROM seq_1_to_1000000 JOIN bench_area a ON a.i = bench_h('req-area', seq) % 4
WHERE seq <= @requests;
INSERT INTO assistance_request_objective (request_id, objective)
SELECT @first_request + seq - 1, 1 + bench_h('req-objective', seq) % 23 FROM seq_1_to_1000000 WHERE seq <= @requests;
INSERT INTO request_message (request_id, author_account_id, author_name, author_side, body, version, created_at,
                             updated_at)
SELECT @first_request + r.seq - 1, @first_account + (r.seq % @liaisons), IF(k.seq = 1, 'IOM coordinator',
       CONCAT('Liaison ', r.seq % @liaisons)), IF(k.seq = 1, 'IOM', 'PARTNER_GOVERNMENT'),
       CONCAT('Message ', k.seq, ' of the thread on request ', r.seq), 0, @now, @now
FROM seq_1_to_1000000 r JOIN seq_0_to_2 k WHERE r.seq <= @requests;

SET @first_project = (SELECT COALESCE(MAX(id), 0) + 1 FROM joint_project);
INSERT INTO joint_project (id, code, title, summary, status, start_date, end_date, lead_agency_id, version,
                           created_at, updated_at)
SELECT @first_project + p.seq - 1,
       CONCAT(c.alpha2, '-B', LPAD(p.seq, 7, '0')),
       CONCAT('Joint project ', p.seq, ': ', ELT(1 + bench_h('prj-theme', p.seq) % 5, 'protection of people on the move',
           'border management training', 'labour migration pathways', 'disaster displacement response',
           'return and reintegration')),
       'Generated for the benchmark: who does what, where, when, for whom, with which funding.',
       ELT(1 + bench_h('prj-status', p.seq) % 20, 'PIPELINE', 'PIPELINE', 'PIPELINE', 'ACTIVE', 'ACTIVE', 'ACTIVE',
           'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'COMPLETED',
           'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED'),
       @start := DATE_ADD('2020-01-01', INTERVAL bench_h('prj-start', p.seq) % 2500 DAY),
       DATE_ADD(@start, INTERVAL 180 + bench_h('prj-length', p.seq) % 900 DAY),
       @first_agency + bench_h('prj-lead', p.seq) % @agencies, 0, @now, @now
FROM seq_1_to_1000000 p JOIN bench_country c ON c.i = bench_h('prj-country', p.seq) % @countries
WHERE p.seq <= @projects;
INSERT INTO joint_project_country (project_id, country)
SELECT @first_project + p.seq - 1, c.alpha2 FROM seq_1_to_1000000 p
JOIN bench_country c ON c.i = bench_h('prj-country', p.seq) % @countries WHERE p.seq <= @projects;
INSERT IGNORE INTO joint_project_country (project_id, country)
SELECT @first_project + p.seq - 1, c.alpha2 FROM seq_1_to_1000000 p
JOIN bench_country c ON c.i = bench_h('prj-country2', p.seq) % @countries
WHERE p.seq <= @projects AND bench_h('prj-two', p.seq) % 10 = 0;
INSERT INTO joint_project_location (project_id, country, admin1, pcode)
SELECT pc.project_id, pc.country, CONCAT('Area ', 1 + bench_h('prj-admin1', pc.project_id) % 30),
       CONCAT(pc.country, LPAD(1 + bench_h('prj-admin1', pc.project_id) % 30, 2, '0'))
FROM joint_project_country pc WHERE pc.project_id >= @first_project;
INSERT INTO joint_project_area (project_id, iom_area)
SELECT @first_project + seq - 1, a.code FROM seq_1_to_1000000 JOIN bench_area a ON a.i = bench_h('prj-area', seq) % 4
WHERE seq <= @projects;
INSERT INTO joint_project_objective (project_id, objective)
SELECT @first_project + seq - 1, 1 + bench_h('prj-objective', seq) % 23 FROM seq_1_to_1000000 WHERE seq <= @projects;
INSERT INTO project_participant (project_id, agency_id, government_id, role, version, created_at, updated_at)
SELECT p.id, p.lead_agency_id, NULL, 'LEAD', 0, @now, @now FROM joint_project p WHERE p.id >= @first_project;
INSERT IGNORE INTO project_participant (project_id, agency_id, government_id, role, version, created_at, updated_at)
SELECT p.id, @first_agency + bench_h('prj-partner', p.id) % @agencies, NULL, 'IMPLEMENTING_PARTNER', 0, @now, @now
FROM joint_project p WHERE p.id >= @first_project;
INSERT INTO project_participant (project_id, agency_id, government_id, role, version, created_at, updated_at)
SELECT pc.project_id, NULL, g.id, 'GOVERNMENT_COUNTERPART', 0, @now, @now
FROM joint_project_country pc JOIN partner_government g ON g.country = pc.country
WHERE pc.project_id >= @first_project;
INSERT IGNORE INTO project_funding (project_id, donor_agency_id, currency, committed_amount, disbursed_amount, version,
                                    created_at, updated_at)
SELECT p.id, @first_agency + bench_h(CONCAT('prj-donor', k.seq), p.id) % @agencies,
       ELT(1 + bench_h(CONCAT('prj-currency', k.seq), p.id) % 4, 'USD', 'EUR', 'CAD', 'USD'),
       @committed := 10000 * (1 + bench_h(CONCAT('prj-committed', k.seq), p.id) % 300),
       ROUND(@committed * (bench_h(CONCAT('prj-disbursed', k.seq), p.id) % 101) / 100, 2), 0, @now, @now
FROM joint_project p JOIN seq_1_to_2 k WHERE p.id >= @first_project;
INSERT INTO project_indicator (project_id, name, unit, target, version, created_at, updated_at)
SELECT p.id, CONCAT(ELT(k.seq, 'People screened', 'Officials trained'), ' in project ', p.id), 'people',
       100 * (1 + bench_h(CONCAT('prj-target', k.seq), p.id) % 50), 0, @now, @now
FROM joint_project p JOIN seq_1_to_2 k WHERE p.id >= @first_project;
INSERT IGNORE INTO exchange_rate (currency, valid_from, usd_per_unit) VALUES
    ('EUR', '2020-01-01', 1.0825000000), ('CAD', '2020-01-01', 0.7300000000), ('MXN', '2020-01-01', 0.0580000000);

INSERT INTO activity_report (project_id, agency_id, indicator_id, iom_area, activity, country, admin1, period_start,
                             period_end, achieved, reached_total, female_children, female_adults, female_elderly,
                             male_children, male_adults, male_elderly, migrants, refugees, internally_displaced,
                             host_community, returnees, version, created_at, updated_at)
SELECT p.id, p.lead_agency_id, NULL, a.iom_area, CONCAT('Activity ', r.seq), pc.country,
       CONCAT('Area ', 1 + bench_h('rep-admin1', r.seq) % 30),
       @period := DATE_ADD(p.start_date, INTERVAL 30 * (bench_h('rep-month', r.seq) % 24) DAY),
       DATE_ADD(@period, INTERVAL 29 DAY), NULL,
       2 * (@f := bench_h('rep-f', r.seq) % 200), 0, @f, 0, 0, @f, 0, @f, @f, 0, 0, 0, 0, @now, @now
FROM seq_1_to_1000000 r
JOIN joint_project p ON p.id = @first_project + bench_h('rep-project', r.seq) % @projects
JOIN joint_project_area a ON a.project_id = p.id
JOIN joint_project_country pc ON pc.project_id = p.id
    AND pc.country = (SELECT MIN(country) FROM joint_project_country WHERE project_id = p.id)
WHERE r.seq <= @reports;

SET @first_response = (SELECT COALESCE(MAX(id), 0) + 1 FROM humanitarian_response);
INSERT INTO humanitarian_response (id, name, crisis_type, phase, start_date, situation_summary, version, created_at,
                                   updated_at)
SELECT @first_response + seq - 1, CONCAT('Humanitarian response ', seq),
       ELT(1 + bench_h('rsp-crisis', seq) % 4, 'SUDDEN_ONSET_DISASTER', 'SLOW_ONSET_CLIMATE', 'CONFLICT_OR_VIOLENCE',
           'MIXED_MIGRATION_FLOWS'),
       ELT(1 + bench_h('rsp-phase', seq) % 4, 'ALERT', 'EMERGENCY', 'EARLY_RECOVERY', 'CLOSED'),
       DATE_ADD('2022-01-01', INTERVAL bench_h('rsp-start', seq) % 1700 DAY),
       'Generated for the benchmark: the situation in a few sentences.', 0, @now, @now
FROM seq_1_to_1000000 WHERE seq <= @responses;
INSERT INTO humanitarian_response_country (response_id, country)
SELECT @first_response + seq - 1, c.alpha2 FROM seq_1_to_1000000
JOIN bench_country c ON c.i = bench_h('rsp-country', seq) % @countries WHERE seq <= @responses;
INSERT INTO response_figure (response_id, country, admin1, as_of, displaced, in_need, source, recorded_by, version,
                             created_at, updated_at)
SELECT rc.response_id, rc.country, CONCAT('Area ', 1 + k.seq), DATE_ADD('2026-01-01', INTERVAL 7 * k.seq DAY),
       100 * bench_h(CONCAT('rsp-displaced', k.seq), rc.response_id) % 5000,
       100 * bench_h(CONCAT('rsp-need', k.seq), rc.response_id) % 8000, 'Displacement Tracking Matrix', 'bench', 0,
       @now, @now
FROM humanitarian_response_country rc JOIN seq_0_to_9 k WHERE rc.response_id >= @first_response;

DROP TABLE bench_country;
DROP TABLE bench_area;
DROP TABLE bench_government;
DROP FUNCTION bench_h;
ANALYZE TABLE partner_agency, account, assistance_request, request_message, joint_project, joint_project_country,
    joint_project_location, joint_project_area, project_participant, project_funding, project_indicator,
    activity_report, humanitarian_response, response_figure;
