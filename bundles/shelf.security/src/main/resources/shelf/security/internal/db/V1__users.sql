-- Shelf's users, beside the catalogue, so one database file (and one backup) holds
-- everything an instance knows. Written to be re-run safely, as V1.

-- password_hash: "pbkdf2-sha256$ITERATIONS$SALT$HASH" (Base64), see PasswordHash. roles: "editor,reviewer";
-- merchants and categories: the data scope, values separated by U+001F, empty for no restriction.
CREATE TABLE IF NOT EXISTS shelf_user (
    name          VARCHAR PRIMARY KEY,
    roles         VARCHAR NOT NULL,
    merchants     VARCHAR NOT NULL,
    categories    VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    disabled      BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR NOT NULL
);
