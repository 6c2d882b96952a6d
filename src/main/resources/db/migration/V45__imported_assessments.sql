-- Assessments made before this service, imported from the organisation's earlier records (Word and SharePoint) so
-- that its register, review dates and indicators are complete from the start. They are marked, and their documents
-- are kept beside them.
alter table eia_assessment add column imported boolean default false not null;

-- An earlier record need not say whether the proposal was new, a review or a reduction.
alter table eia_assessment alter column change_kind drop not null;

create table eia_imported_document (
    assessment_id bigint not null references eia_assessment (id),
    document_id bigint not null references eia_document (id),
    primary key (assessment_id, document_id)
);

-- The characteristics and groups the earlier assessment found affected, as its record says.
create table eia_imported_group (
    assessment_id bigint not null references eia_assessment (id),
    group_key varchar(40) not null,
    primary key (assessment_id, group_key)
);
