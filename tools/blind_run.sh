#!/usr/bin/env bash
# Run a blind record set once on a given commit, in a throw-away worktree.
#
#   tools/blind_run.sh COMMIT FILE OUTDIR
#
# Why: a blind set is run on the session's *start* code and once at its end;
# by the time the set is labelled main has moved, so the start run needs the
# start commit checked out beside main (PYTHONPATH makes its code, not the
# editable install's, the one imported). Writes OUTDIR/<set>_<commit>.txt
# (the scores) and .pred.jsonl (the predictions); nothing else is kept.
set -euo pipefail
commit=$(git rev-parse --short "$1"); file=$(realpath "$2"); out=$(realpath -m "$3")
root=$(git rev-parse --show-toplevel)
name=$(basename "$file" .jsonl)
wt=$(mktemp -d "${TMPDIR:-/tmp}/blind_${commit}_XXXX")
git -C "$root" worktree add -q --detach "$wt" "$commit"
trap 'git -C "$root" worktree remove --force "$wt"' EXIT
mkdir -p "$out"
(cd "$wt" && PYTHONPATH="$wt" "$root/.venv/bin/eventwire" --no-progress eval records --data "$file" \
   --split blind --predictions "$out/${name}_${commit}.pred.jsonl") > "$out/${name}_${commit}.txt"
echo "$out/${name}_${commit}.txt"
