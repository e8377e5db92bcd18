#!/usr/bin/env bash
# Measures building the checker with a one-requirement directory pack against building it with the
# bundled pack only: the wall time of `mailready rules` (cold JVM, builds the checker and lists the
# requirements) without and with `--rules DIR`, alternately. Prints every run, the medians and the
# ratio. The pack is a copy of the bundled EXCH-EWS-002 folder with its own pack.yaml.
# Usage: scripts/measure-directory-pack.sh [runs] [jar]   (build first: ./mvnw -B -q verify -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
jar="${2:-rules-cli/target/mailready.jar}"
[ -f "$jar" ] || { echo "build first: ./mvnw -B -q verify -DskipTests" >&2; exit 2; }

pack=$(mktemp -d)
trap 'rm -rf "$pack"' EXIT
requirement=exchange/exch-ews-002-mailbox-ews
mkdir -p "$pack/exchange"
cp -r "rules-content/src/main/resources/io/mailready/rules/microsoft/$requirement" "$pack/exchange/"
rm -f "$pack/$requirement"/*.cases.yaml
printf 'id: one-requirement\nversion: 0.1.0\ntitle: one requirement\nrequirements:\n  - %s\n' \
  "$requirement" > "$pack/pack.yaml"

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bundled=(); directory=()
for i in $(seq "$runs"); do
  bundled+=("$(ms java -jar "$jar" rules)")
  directory+=("$(ms java -jar "$jar" rules --rules "$pack")")
done
echo "mailready rules                   ms: ${bundled[*]}"
echo "mailready rules --rules one-req   ms: ${directory[*]}"
b=$(printf '%s\n' "${bundled[@]}" | median); d=$(printf '%s\n' "${directory[@]}" | median)
echo "median bundled: ${b} ms; median with a one-requirement pack: ${d} ms; ratio: $(awk -v d="$d" -v b="$b" 'BEGIN {printf "%.2f", d / b}')x; load average $(cut -d' ' -f1-3 /proc/loadavg)"
