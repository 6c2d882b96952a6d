-- The quality score of each version of each assessment, as it stood after its last accepted step.
create table eia_quality_score (
    assessment_id bigint not null references eia_assessment (id),
    assessment_version integer not null,
    score integer not null,
    failed_checks varchar(200) not null,
    computed_at timestamp with time zone not null,
    primary key (assessment_id, assessment_version)
);

create index eia_quality_score_by_score on eia_quality_score (score);
