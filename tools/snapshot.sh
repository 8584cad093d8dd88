#!/bin/bash
# Outputs of one checkout, for proving that a refactoring changes nothing
# (issue #11): the sample run with its exports, and every quick evaluation's
# metrics and predictions. Compare two snapshots with tools/snapshot_compare.py.
#
#   git archive REV | tar -x -C /tmp/src_REV && ln -sfn /work/shared /tmp/shared
#   tools/snapshot.sh /tmp/src_REV /tmp/snap_REV
#
# SRC must have ../shared beside it (the evaluations' data). ecbplus and
# dedup_records are left out (many minutes each); blind splits are never run.
set -u
SRC=$(readlink -f "$1"); OUT=$2; mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
PYTHON=${PYTHON:-/work/main/.venv/bin/python}
cd "$SRC" || exit 2
export PYTHONPATH=$SRC HF_HUB_OFFLINE=1
PY="nice $PYTHON -m eventwire.app.cli --no-progress"
rm -f "$OUT/run.db" "$OUT/rc"
echo "$SRC" > "$OUT/src"  # metrics name their data file: compared relative to SRC
$PY run eventwire/data/samples --store "sqlite:///$OUT/run.db" --export-dir "$OUT/exp" \
    > "$OUT/run.out" 2> "$OUT/run.err"; echo "run rc=$?" >> "$OUT/rc"
for ds in records plover_gsr attribution factuality actors timex geo event_dates; do
  extra=""; [ "$ds" = records ] && extra="--split dev"
  $PY eval $ds $extra --json --predictions "$OUT/pred_$ds.jsonl" \
      > "$OUT/metrics_$ds.json" 2> "$OUT/err_$ds.txt"; echo "$ds rc=$?" >> "$OUT/rc"
done
echo done >> "$OUT/rc"
