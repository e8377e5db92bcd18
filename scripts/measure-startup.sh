#!/usr/bin/env bash
# Measures the wall time of `mailready check` on a bundled example, cold JVM each run, against a
# bare JVM start measured in the same run. Prints every run, the medians and their ratio.
# Usage: scripts/measure-startup.sh [runs] [snapshot]   (build first: ./mvnw -q -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"
snapshot="${2:-examples/contoso-online.yaml}"
jar=rules-cli/target/mailready.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -B install -DskipTests" >&2; exit 2; }

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

check=(); bare=()
for i in $(seq "$runs"); do
  bare+=("$(ms java -Xshare:auto -version)")
  check+=("$(ms java -jar "$jar" check "$snapshot")")
done
echo "bare JVM (java -version) ms: ${bare[*]}"
echo "mailready check          ms: ${check[*]}"
b=$(printf '%s\n' "${bare[@]}" | median); c=$(printf '%s\n' "${check[@]}" | median)
echo "median bare JVM: ${b} ms; median mailready check ${snapshot}: ${c} ms; ratio: $(awk -v c="$c" -v b="$b" 'BEGIN {printf "%.1f", c / b}')x"
