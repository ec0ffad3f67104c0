#!/usr/bin/env bash
# Whole-process timings of the padan binary (the README's Performance figures):
# one article end to end with the built-in glossaries, and a batch of 1,000 articles
# on one thread and on all cores. Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../../.."
cargo build --release --quiet
padan=target/release/padan
seed=tests/articles/000_3694519caf66254c.txt

hyperfine --warmup 5 --runs 50 --shell=none \
  "$padan gloss --format json $seed" \
  "$padan gloss --dictionary none --format json $seed" \
  "$padan gloss --fuzzy off --format json $seed"

# 1,000 articles: the corpus repeated, one file each.
batch=$(mktemp -d)
trap 'rm -rf "$batch"' EXIT
articles=(tests/articles/*.txt)
for i in $(seq 0 999); do
  cp "${articles[$((i % ${#articles[@]}))]}" "$batch/$(printf %04d "$i").txt"
done
hyperfine --warmup 1 --runs 5 \
  "RAYON_NUM_THREADS=1 $padan gloss --format json $batch/*.txt > /dev/null" \
  "$padan gloss --format json $batch/*.txt > /dev/null"
