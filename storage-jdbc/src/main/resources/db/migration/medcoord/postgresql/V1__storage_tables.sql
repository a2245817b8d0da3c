-- MedCoord storage schema for PostgreSQL 15+. Flyway runs this file in one transaction: PostgreSQL
-- DDL is transactional, so a failure leaves no table behind.
--
-- Why COLLATE "C": ids, names and stream names compare by code point, identically on every server
-- whatever the database's default collation. Index values are bytes in an order-preserving encoding
-- (see IndexValueCodec), so they need no collation at all.

CREATE TABLE mc_documents (
    tenant  VARCHAR(64)  COLLATE "C" NOT NULL,
    type    VARCHAR(64)  COLLATE "C" NOT NULL,
    id      VARCHAR(200) COLLATE "C" NOT NULL,
    version BIGINT                   NOT NULL,
    body    BYTEA                    NOT NULL,
    written TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mc_documents_pk PRIMARY KEY (tenant, type, id)
);

-- One row per (document, field, value). The primary key serves the per-document probes of a query's
-- EXISTS clauses and the delete-on-rewrite; the second index serves predicate-first plans.
CREATE TABLE mc_index_entries (
    tenant VARCHAR(64)  COLLATE "C" NOT NULL,
    type   VARCHAR(64)  COLLATE "C" NOT NULL,
    id     VARCHAR(200) COLLATE "C" NOT NULL,
    field  VARCHAR(64)  COLLATE "C" NOT NULL,
    val    BYTEA                    NOT NULL,
    CONSTRAINT mc_index_entries_pk PRIMARY KEY (tenant, type, id, field, val)
);
CREATE INDEX mc_index_entries_by_value ON mc_index_entries (tenant, type, field, val);

-- The primary key is what makes a unique key unique: never check-then-insert.
CREATE TABLE mc_unique_keys (
    tenant     VARCHAR(64)  COLLATE "C" NOT NULL,
    name       VARCHAR(128) COLLATE "C" NOT NULL,
    val        VARCHAR(512) COLLATE "C" NOT NULL,
    owner_type VARCHAR(64)  COLLATE "C" NOT NULL,
    owner_id   VARCHAR(200) COLLATE "C" NOT NULL,
    CONSTRAINT mc_unique_keys_pk PRIMARY KEY (tenant, name, val)
);
CREATE INDEX mc_unique_keys_by_owner ON mc_unique_keys (tenant, owner_type, owner_id);

-- One row per lock key ever taken; a lock is a row lock on it (SELECT ... FOR UPDATE), which every
-- process sharing the database sees, and which ends with the transaction.
CREATE TABLE mc_locks (
    tenant VARCHAR(64)  COLLATE "C" NOT NULL,
    type   VARCHAR(64)  COLLATE "C" NOT NULL,
    id     VARCHAR(200) COLLATE "C" NOT NULL,
    CONSTRAINT mc_locks_pk PRIMARY KEY (tenant, type, id)
);

-- The head row of a stream is locked by every append until commit: sequence numbers are therefore
-- handed out one transaction at a time, in commit order, and a rollback returns its number.
CREATE TABLE mc_log_heads (
    tenant   VARCHAR(64)  COLLATE "C" NOT NULL,
    stream   VARCHAR(128) COLLATE "C" NOT NULL,
    last_seq BIGINT                   NOT NULL,
    CONSTRAINT mc_log_heads_pk PRIMARY KEY (tenant, stream)
);

CREATE TABLE mc_logs (
    tenant   VARCHAR(64)  COLLATE "C" NOT NULL,
    stream   VARCHAR(128) COLLATE "C" NOT NULL,
    seq      BIGINT                   NOT NULL,
    entry    BYTEA                    NOT NULL,
    appended TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mc_logs_pk PRIMARY KEY (tenant, stream, seq)
);

-- Logs are append-only by contract and the audit trail lives in them: the database itself rejects
-- UPDATE, DELETE and TRUNCATE, whoever connects, so a bug or a stolen application password cannot
-- rewrite history through this schema.
CREATE FUNCTION mc_logs_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'MC-JDBC-010: log entries are append-only; % on % was rejected', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER mc_logs_append_only_rows
    BEFORE UPDATE OR DELETE ON mc_logs
    FOR EACH ROW EXECUTE FUNCTION mc_logs_reject_change();

CREATE TRIGGER mc_logs_append_only_truncate
    BEFORE TRUNCATE ON mc_logs
    FOR EACH STATEMENT EXECUTE FUNCTION mc_logs_reject_change();
