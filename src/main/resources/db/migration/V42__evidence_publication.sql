-- A file reaches the public register only when its author marks it publishable and the equality lead agrees at
-- quality review; the register lists, for each published version, the files published with it, never changed after.
alter table eia_evidence_file add column publishable boolean default false not null;
alter table eia_evidence_file add column publication_agreed_by varchar(100);
alter table eia_evidence_file add column publication_agreed_at timestamp with time zone;

create table eia_publication_file (
    publication_id bigint not null references eia_publication (id),
    file_id bigint not null references eia_evidence_file (id),
    primary key (publication_id, file_id)
);
