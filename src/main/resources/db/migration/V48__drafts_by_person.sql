-- The home page lists each person's drafts, the latest saved first.
create index ix_task_draft_person on eia_task_draft (username, saved_at);
