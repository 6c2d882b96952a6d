-- The register's text search ("contains", over title and reference) reads trigram indexes instead of every row.
-- PostgreSQL only: H2 has no trigram index and, holding a developer's data, needs none.
create extension if not exists pg_trgm;

create index eia_assessment_title_trigrams on eia_assessment using gin (lower(title) gin_trgm_ops);
create index eia_assessment_reference_trigrams on eia_assessment using gin (lower(reference) gin_trgm_ops);
