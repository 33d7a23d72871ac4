-- Trace entry ids come from an identity sequence. Each time H2 runs out of cached values it
-- writes the new high mark and commits the whole store at once (WRITE_DELAY=0): with H2's default
-- cache of 32 that was an extra store commit every ~30 trace rows, about a sixth of the CPU of
-- event handling (ADR 0048). H2 keeps the cache for the whole database, so ids still rise in
-- the order rows are written; a crash only leaves a gap. PostgreSQL caches per session, which
-- would break that order, so there the cache stays at 1 (placeholder set in JdbcPersistence).
ALTER TABLE trace_entries ALTER COLUMN id SET CACHE ${trace_id_cache};
