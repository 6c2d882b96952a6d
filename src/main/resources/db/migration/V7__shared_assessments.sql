-- Co-authors: people an author has shared an assessment with, who may read it and work on its author steps.
create table eia_assessment_share (
    assessment_id bigint not null references eia_assessment (id),
    username varchar(100) not null,
    shared_by varchar(100) not null,
    shared_at timestamp with time zone not null,
    primary key (assessment_id, username)
);

create index eia_assessment_share_by_username on eia_assessment_share (username);
