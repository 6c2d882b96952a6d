-- Whether an impact row belongs to the last impact assessment submitted in its version: the ratings the assessment
-- stands on, which the cumulative-impact report counts, as eia_action.in_current_plan marks the plan in force. And
-- when its assessment was submitted, so that the report reads a period of ratings from one table and one index.
alter table eia_impact add column current_answer boolean default true not null;

update eia_impact set current_answer = false where submission_id <> (select max(s.id) from eia_step_submission s
    where s.assessment_id = eia_impact.assessment_id and s.assessment_version = eia_impact.assessment_version
    and s.form_id = 'impact-assessment');

alter table eia_impact add column assessed_at timestamp with time zone;

update eia_impact set assessed_at = (select s.submitted_at from eia_step_submission s where s.id = eia_impact.submission_id);

alter table eia_impact alter column assessed_at set not null;

-- Covers the report's reading of a period: the rows it counts come from the index alone, without visiting the table.
create index eia_impact_adverse_by_time on eia_impact (impact, assessed_at, current_answer, group_key, assessment_id,
    assessment_version);
