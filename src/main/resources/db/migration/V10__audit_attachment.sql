-- Issue 13: an import that removes records keeps the records as they were, as a workbook attached
-- to its audit entry, downloadable from the audit log. Append-only like the entries themselves.
alter table audit_entry add column attachment_name varchar(255);

create table audit_attachment (
    audit_entry_id bigint       primary key references audit_entry (id),
    content        bytea        not null
);
