# Sourced by the benchmarks: with SHELF_BENCH_PG_URL=jdbc:postgresql://HOST:PORT/DB (and SHELF_BENCH_PG_USER,
# SHELF_BENCH_PG_PASSWORD, a role that may create databases) a benchmark's home keeps its catalogue in PostgreSQL.

# pg_home HOME DATABASE: makes DATABASE anew with psql and names it in HOME/etc/database.properties (0600);
# does nothing without SHELF_BENCH_PG_URL.
pg_home() {
  [ -n "${SHELF_BENCH_PG_URL:-}" ] || return 0
  local home="$1" database="$2" server
  server="${SHELF_BENCH_PG_URL#jdbc:}"; server="${server%/*}"
  export PGPASSWORD="${SHELF_BENCH_PG_PASSWORD:-}"
  psql -q "$server/${SHELF_BENCH_PG_URL##*/}" -U "${SHELF_BENCH_PG_USER:-}" -c "DROP DATABASE IF EXISTS $database" \
    -c "CREATE DATABASE $database ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
  mkdir -p "$home/etc"
  printf 'url = jdbc:%s/%s\nuser = %s\npassword = %s\n' "$server" "$database" "${SHELF_BENCH_PG_USER:-}" \
    "${SHELF_BENCH_PG_PASSWORD:-}" >"$home/etc/database.properties"
  chmod 600 "$home/etc/database.properties"
}

# pg_size DATABASE: the database's size, as PostgreSQL prints it
pg_size() {
  local server="${SHELF_BENCH_PG_URL#jdbc:}"; server="${server%/*}"
  psql -qtA "$server/$1" -U "${SHELF_BENCH_PG_USER:-}" -c "SELECT pg_size_pretty(pg_database_size(current_database()))"
}
