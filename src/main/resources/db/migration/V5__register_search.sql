-- The register filters by outcome (chosen in the action plan) and searches by directorate, review date and person.
alter table eia_assessment add column outcome varchar(40);

create index eia_assessment_by_directorate on eia_assessment (directorate, updated_at);
create index eia_assessment_by_review_date on eia_assessment (review_date);
create index eia_assessment_by_decision_maker on eia_assessment (decision_maker);
create index eia_assessment_by_updated_at on eia_assessment (updated_at);
