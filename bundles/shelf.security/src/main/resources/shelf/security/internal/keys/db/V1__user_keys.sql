-- The public keys each user may log in with over SSH (user:key add). key_data: the key's base64 blob as in
-- an OpenSSH line; fingerprint: "SHA256:…" of that blob, as ssh-keygen -l prints it.
CREATE TABLE IF NOT EXISTS shelf_user_key (
    user_name   VARCHAR(64) NOT NULL,
    fingerprint VARCHAR(100) NOT NULL,
    key_type    VARCHAR(64) NOT NULL,
    key_data    VARCHAR(16384) NOT NULL,
    key_comment VARCHAR(1000) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_name, fingerprint)
);
