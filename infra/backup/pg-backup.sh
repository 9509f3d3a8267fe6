#!/usr/bin/env bash
# Logical backup of the yothub database: pg_dump custom format, one file per run, kept 14 days.
#
# Run as the postgres OS user (local peer authentication). It must be a superuser: every tenant
# table has FORCE ROW LEVEL SECURITY, so a dump as yothub_owner stops with "query would be
# affected by row-level security policy", and a dump with row security on would be empty.
#   cron, as postgres:  15 2 * * *  /opt/yot-hub/infra/backup/pg-backup.sh
# Copy BACKUP_DIR off the host (the dumps hold children's records: encrypt them in transit and at rest).
# Restore into an empty database made by infra/postgres/roles.sql:
#   pg_restore --dbname=yothub --exit-on-error FILE.dump
# Environment: PGHOST, PGPORT (libpq), PGDATABASE (default yothub), BACKUP_DIR, RETENTION_DAYS.
set -euo pipefail
umask 077

db="${PGDATABASE:-yothub}"
backup_dir="${BACKUP_DIR:-/var/backups/yot-hub}"
retention_days="${RETENTION_DAYS:-14}"

mkdir -p "$backup_dir"
file="$backup_dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --dbname="$db" --format=custom --compress=6 --no-password --file="$partial"
pg_restore --list "$partial" > /dev/null    # fails if the archive is unreadable
mv "$partial" "$file"

find "$backup_dir" -maxdepth 1 -type f -name "$db-*.dump" -mmin "+$((retention_days * 24 * 60))" -delete
echo "backup written: $file ($(du -h "$file" | cut -f1))"
