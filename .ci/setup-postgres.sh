#!/bin/sh
# Idempotent: make sure a PostgreSQL server (initdb, pg_ctl) is installed so
# the store tests can start a throw-away server on loopback. Debian/Ubuntu.
set -e
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql
