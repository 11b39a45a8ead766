-- A user locked after failed logins in a row (see LoginThrottle): logging in is refused until an admin runs
-- user:unlock, also after a restart. NULL: not locked. The failure counts themselves live in memory only.
ALTER TABLE shelf_user ADD COLUMN IF NOT EXISTS locked_at TIMESTAMP WITH TIME ZONE;
