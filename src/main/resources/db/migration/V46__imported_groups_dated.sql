-- When an imported assessment's record found each group affected, its decision date, kept on the row as eia_impact keeps
-- assessed_at, so that the cumulative-impact report reads a period of imported findings from one table and one index.
alter table eia_imported_group add column assessed_at timestamp with time zone;

update eia_imported_group set assessed_at = (select a.created_at from eia_assessment a where a.id = eia_imported_group.assessment_id);

alter table eia_imported_group alter column assessed_at set not null;

create index eia_imported_group_by_time on eia_imported_group (assessed_at, group_key, assessment_id);
