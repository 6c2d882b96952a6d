-- Audit events are only ever added: the database itself refuses to change, remove or truncate them, whoever asks.
create function eia_audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'Audit events are only ever added; % on eia_audit_event is refused', tg_op;
end
$$;

create trigger eia_audit_event_append_only before update or delete on eia_audit_event
    for each row execute function eia_audit_event_refuse_change();

create trigger eia_audit_event_no_truncate before truncate on eia_audit_event
    for each statement execute function eia_audit_event_refuse_change();
