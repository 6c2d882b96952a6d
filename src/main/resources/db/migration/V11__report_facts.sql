-- Facts the reports would otherwise work out row by row on every request, kept as the rows are written.

-- How long each finished step took, in days.
alter table eia_step_run add column days_taken real;

update eia_step_run set days_taken = (extract(epoch from ended_at) - extract(epoch from started_at)) / 86400.0
    where ended_at is not null;

-- Whether an action belongs to the last action plan submitted in its version: the plan the assessment stands on.
alter table eia_action add column in_current_plan boolean default true not null;

update eia_action set in_current_plan = false where submission_id <> (select max(s.id) from eia_step_submission s
    where s.assessment_id = eia_action.assessment_id and s.assessment_version = eia_action.assessment_version
    and s.form_id = 'action-plan-and-outcome');

create index eia_action_in_current_plan on eia_action (assessment_id, in_current_plan);

-- Each check a version fails, one row per check, so reports count failures by check with one grouping.
create table eia_quality_failure (
    assessment_id bigint not null,
    assessment_version integer not null,
    check_id varchar(10) not null,
    primary key (assessment_id, assessment_version, check_id),
    foreign key (assessment_id, assessment_version) references eia_quality_score (assessment_id, assessment_version)
);
