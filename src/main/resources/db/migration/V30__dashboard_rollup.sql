-- The dashboard's figures rolled up as the steps that change them commit (docs/decisions/0030), so a fresh
-- dashboard reads a few thousand rows instead of the register. Each row belongs to a cell: the assessments of one
-- directorate and type of proposal that started in one month ('2026-04'), or in any month ('*'), which answers a
-- report without a period from a few rows. The service adds to them only with an atomic "add this much" upsert.

-- How many assessments (or their actions, checks or open steps) count under a figure's item: a status, a step, a
-- score band, a month. in_month is the month of a date the figure is counted against today by (a review or an
-- action due), or '' for none; it comes second in the key because a report reads only the months still ahead.
create table eia_report_count (
    started_month varchar(7) not null,
    in_month varchar(7) not null,
    directorate varchar(40) not null,
    proposal_type varchar(40) not null,
    figure varchar(40) not null,
    item varchar(200) not null,
    n bigint not null,
    primary key (started_month, in_month, directorate, proposal_type, figure, item)
);

-- Each step's finished runs (completed or handed back) as a histogram of fixed buckets (StepTimeBuckets): how many
-- runs fell in each bucket and the seconds they took between them, so medians and percentiles come from here.
create table eia_report_step_time (
    started_month varchar(7) not null,
    directorate varchar(40) not null,
    proposal_type varchar(40) not null,
    step_key varchar(100) not null,
    returned bigint default 0 not null,
    runs_00 bigint default 0 not null,
    seconds_00 bigint default 0 not null,
    runs_01 bigint default 0 not null,
    seconds_01 bigint default 0 not null,
    runs_02 bigint default 0 not null,
    seconds_02 bigint default 0 not null,
    runs_03 bigint default 0 not null,
    seconds_03 bigint default 0 not null,
    runs_04 bigint default 0 not null,
    seconds_04 bigint default 0 not null,
    runs_05 bigint default 0 not null,
    seconds_05 bigint default 0 not null,
    runs_06 bigint default 0 not null,
    seconds_06 bigint default 0 not null,
    runs_07 bigint default 0 not null,
    seconds_07 bigint default 0 not null,
    runs_08 bigint default 0 not null,
    seconds_08 bigint default 0 not null,
    runs_09 bigint default 0 not null,
    seconds_09 bigint default 0 not null,
    runs_10 bigint default 0 not null,
    seconds_10 bigint default 0 not null,
    runs_11 bigint default 0 not null,
    seconds_11 bigint default 0 not null,
    runs_12 bigint default 0 not null,
    seconds_12 bigint default 0 not null,
    runs_13 bigint default 0 not null,
    seconds_13 bigint default 0 not null,
    runs_14 bigint default 0 not null,
    seconds_14 bigint default 0 not null,
    runs_15 bigint default 0 not null,
    seconds_15 bigint default 0 not null,
    runs_16 bigint default 0 not null,
    seconds_16 bigint default 0 not null,
    runs_17 bigint default 0 not null,
    seconds_17 bigint default 0 not null,
    runs_18 bigint default 0 not null,
    seconds_18 bigint default 0 not null,
    runs_19 bigint default 0 not null,
    seconds_19 bigint default 0 not null,
    runs_20 bigint default 0 not null,
    seconds_20 bigint default 0 not null,
    runs_21 bigint default 0 not null,
    seconds_21 bigint default 0 not null,
    runs_22 bigint default 0 not null,
    seconds_22 bigint default 0 not null,
    runs_23 bigint default 0 not null,
    seconds_23 bigint default 0 not null,
    runs_24 bigint default 0 not null,
    seconds_24 bigint default 0 not null,
    primary key (started_month, directorate, proposal_type, step_key)
);

-- What each assessment adds to the rows above as last counted, so a change adds only the difference.
create table eia_report_counted (
    assessment_id bigint primary key references eia_assessment (id),
    started_month varchar(7) not null,
    directorate varchar(40) not null,
    proposal_type varchar(40) not null,
    tallies text not null
);

-- The figures that depend on today read the few rows due near it by date: reviews (eia_assessment_by_review_date),
-- open steps (eia_step_run_open) and actions.
create index eia_action_by_due on eia_action (due_date);

-- An action, run or counted row finds its assessment, and whether the reader's scope and filter pick it, from this
-- index alone, so a report joins the few rows it needs instead of scanning every assessment.
create index eia_assessment_for_reports on eia_assessment (id, version, status, directorate, proposal_type, created_at);
