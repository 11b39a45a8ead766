-- What a done job sent in place of what it should have: the merchant's original images where images:process
-- made nothing for the channel. Shown as the job's note.
ALTER TABLE publish_job ADD COLUMN IF NOT EXISTS sent_note VARCHAR DEFAULT '' NOT NULL;
