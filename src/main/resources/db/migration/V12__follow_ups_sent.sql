-- Each follow-up reminder sent (an action due soon or overdue, a review coming up or missed), so each goes once.
create table eia_follow_up_sent (
    kind varchar(30) not null,
    subject_id bigint not null,
    due_on date not null,
    sent_at timestamp with time zone not null,
    primary key (kind, subject_id, due_on)
);
