-- Whether an impact row belongs to the last impact assessment submitted in its version: the ratings the assessment
-- stands on, which the cumulative-impact report counts, as eia_action.in_current_plan marks the plan in force.
alter table eia_impact add column current_answer boolean default true not null;

update eia_impact set current_answer = false where submission_id <> (select max(s.id) from eia_step_submission s
    where s.assessment_id = eia_impact.assessment_id and s.assessment_version = eia_impact.assessment_version
    and s.form_id = 'impact-assessment');

create index eia_impact_current_by_group on eia_impact (current_answer, group_key, impact);
