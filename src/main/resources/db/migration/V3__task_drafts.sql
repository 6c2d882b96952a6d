-- Answers saved part-way through a step, one draft per task and person, until the task is completed.
create table eia_task_draft (
    task_id varchar(64) not null,
    username varchar(100) not null,
    answers text not null,
    saved_at timestamp with time zone not null,
    primary key (task_id, username)
);
