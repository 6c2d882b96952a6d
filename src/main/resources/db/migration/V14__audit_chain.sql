-- Audit events become a hash chain: each names what it is about, the hashes of that subject's state before and
-- after, its place in the chain, the hash of the event before it and its own hash. Altering, removing or
-- reordering any event breaks the chain from there on, which the integrity check reports.
alter table eia_audit_event add column subject_type varchar(30);
alter table eia_audit_event add column subject_id varchar(100);
alter table eia_audit_event add column before_hash varchar(64);
alter table eia_audit_event add column after_hash varchar(64);
alter table eia_audit_event add column chain_seq bigint;
alter table eia_audit_event add column previous_hash varchar(64);
alter table eia_audit_event add column hash varchar(64);

create unique index eia_audit_event_by_chain on eia_audit_event (chain_seq);
create index eia_audit_event_by_subject on eia_audit_event (subject_type, subject_id, chain_seq);

-- The end of the chain, one row, locked by each transaction that adds an event, so events join the chain one at a
-- time in commit order and a removed last event is noticed.
create table eia_audit_chain_head (
    id integer primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);

insert into eia_audit_chain_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
