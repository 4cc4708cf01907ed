-- This is an empty migration.

-- Organisation rows are a shared directory (names and slugs every tenant may read), so they
-- carry no row-level security; instead the app role may not write them at all. Creating a
-- tenant and editing an organisation's profile will go through dedicated SECURITY DEFINER
-- functions that check the caller, never through a blanket grant.
REVOKE INSERT, UPDATE ON "Organisation" FROM incubase_app;
