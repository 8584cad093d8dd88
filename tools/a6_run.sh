#!/bin/bash
# usage: run.sh OUTDIR  (runs from cwd worktree)
out=$1; mkdir -p $out
for s in a b c d e f g h; do
  PYTHONPATH=$PWD nice -n 10 /work/main/.venv/bin/eventwire eval records --no-progress --data tests/data/records/rec_$s.jsonl --split all --predictions $out/pred_$s.jsonl --json > $out/m_$s.json 2> $out/err_$s.txt
done
echo done > $out/DONE
