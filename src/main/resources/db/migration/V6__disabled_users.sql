-- People an administrator has disabled: they cannot sign in at any door until enabled again.
create table eia_disabled_user (
    username varchar(100) primary key,
    disabled_at timestamp with time zone not null,
    disabled_by varchar(100) not null
);
