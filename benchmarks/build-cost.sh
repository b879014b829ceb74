#!/usr/bin/env bash
# Whole-build cost of NewsGen, as a user feels it: `dotnet build` (Debug) of a net10.0 library holding N synthetic
# articles (the benchmarks' corpus, see SyntheticCorpus.cs), with NewsGen and without it (same files, no
# generator). Not part of CI. Prints a Markdown table of medians to stdout; progress goes to stderr.
#
#   benchmarks/build-cost.sh                    # 1,000 and 10,000 articles, 5 runs per cell
#   COUNTS="1000" RUNS=1 MODES="rebuild-server edit-server" benchmarks/build-cost.sh   # what docs/performance.md ran
#
# Modes, each after one discarded warm-up build:
#   rebuild, server   `dotnet build --no-restore --no-incremental`: full compile, warm MSBuild nodes and compiler server
#   rebuild, cold     the same with --disable-build-servers -p:UseSharedCompilation=false: a fresh compiler every build (CI)
#   edit .cs, server  change one .cs file, `dotnet build --no-restore`: what every edit in the project costs
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
counts="${COUNTS:-1000 10000}"
runs="${RUNS:-5}"
modes="${MODES:-rebuild-server rebuild-cold edit-server}"
work="$(mktemp -d "${TMPDIR:-/tmp}/newsgen-build-cost.XXXXXX")"
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "[build-cost] $*" >&2; }

log "building NewsGen (Release) and the corpus writer"
dotnet build "$repo/src/NewsGen/NewsGen.csproj" -c Release -o "$work/newsgen" >/dev/null
dotnet build "$repo/benchmarks/NewsGen.Benchmarks/NewsGen.Benchmarks.csproj" -c Release >/dev/null

# make_project DIR WITH_NEWSGEN(0|1) COUNT
make_project() {
  local dir="$1" with="$2" count="$3"
  mkdir -p "$dir"
  cp -r "$work/corpus-$count" "$dir/Articles"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    [ "$with" = 1 ] && echo "  <Import Project=\"$repo/src/NewsGen/build/NewsGen.props\" />"
    echo '  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RootNamespace>Corpus</RootNamespace></PropertyGroup>'
    if [ "$with" = 1 ]; then
      # What the NuGet package adds: the analyzer assembly, the props/targets, and the one line that makes files articles.
      echo "  <ItemGroup><Analyzer Include=\"$work/newsgen/NewsGen.dll\" /><NewsArticle Include=\"Articles/*.txt\" /></ItemGroup>"
      echo "  <Import Project=\"$repo/src/NewsGen/build/NewsGen.targets\" />"
    fi
    echo '</Project>'
  } > "$dir/Corpus.csproj"
  printf 'namespace Corpus;\n\npublic static class Edited\n{\n    public const int Revision = 0;\n}\n' > "$dir/Edited.cs"
  dotnet restore "$dir" >/dev/null
}

# time_build DIR ARGS... : prints "seconds exitcode"
time_build() {
  local dir="$1"; shift
  local start end code=0
  start=$(date +%s.%N)
  dotnet build "$dir" --no-restore -nologo -v:q "$@" >"$work/last-build.log" 2>&1 || code=$?
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $code"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure DIR MODE : prints "median failures firsterror"
measure() {
  local dir="$1" mode="$2" times=() failures=0 first_error="" i result
  local args=()
  case "$mode" in
    rebuild-server) args=(--no-incremental) ;;
    rebuild-cold) args=(--no-incremental --disable-build-servers -p:UseSharedCompilation=false) ;;
    edit-server) args=() ;;
  esac
  for ((i = 0; i <= runs; i++)); do
    [ "$mode" = edit-server ] && sed -i "s/Revision = [0-9]*/Revision = $((i + 1))/" "$dir/Edited.cs"
    result=$(time_build "$dir" "${args[@]}")
    if [ "${result#* }" != 0 ]; then
      failures=$((failures + 1))
      [ -z "$first_error" ] && first_error=$(grep -o -m1 'error [A-Z]*[0-9]*' "$work/last-build.log" || echo "exit ${result#* }")
    fi
    [ "$i" -gt 0 ] && times+=("${result% *}")   # run 0 is the warm-up
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $failures ${first_error:-none}"
}

echo "| articles | text MB | mode | without NewsGen (s) | with NewsGen (s) | difference (s) | failed builds (with) | DLL with / text |"
echo "|---:|---:|---|---:|---:|---:|---|---:|"
for count in $counts; do
  log "writing $count articles"
  dotnet run -c Release --no-build --project "$repo/benchmarks/NewsGen.Benchmarks" -- --write-corpus "$work/corpus-$count" "$count" >&2
  text_bytes=$(cat "$work/corpus-$count"/*.txt | wc -c)
  make_project "$work/without-$count" 0 "$count"
  make_project "$work/with-$count" 1 "$count"
  for mode in $modes; do
    log "$count articles, $mode, without NewsGen"
    read -r without _ _ < <(measure "$work/without-$count" "$mode")
    log "$count articles, $mode, with NewsGen"
    read -r with failures error < <(measure "$work/with-$count" "$mode")
    dll="$work/with-$count/bin/Debug/net10.0/Corpus.dll"
    ratio="-"
    if [ "$failures" = 0 ] && [ -f "$dll" ]; then ratio=$(echo "scale=2; $(stat -c %s "$dll") / $text_bytes" | bc); fi
    failed="$failures of $((runs + 1))"; [ "$failures" != 0 ] && failed="$failed ($error)"
    printf '| %s | %.2f | %s | %s | %s | %s | %s | %s |\n' "$count" "$(echo "$text_bytes / 1048576" | bc -l)" "$mode" \
      "$without" "$with" "$(echo "$with - $without" | bc)" "$failed" "$ratio"
  done
  dll="$work/with-$count/bin/Debug/net10.0/Corpus.dll"
  if [ -f "$dll" ] && dotnet build "$work/with-$count" --no-restore -nologo -v:q >/dev/null 2>&1; then
    { echo; echo "Assembly size, $count articles with NewsGen (Debug):"; echo
      dotnet run -c Release --no-build --project "$repo/benchmarks/NewsGen.Benchmarks" -- --assembly-size "$dll" "$text_bytes"; } >>"$work/sizes.md"
  fi
  rm -rf "$work/without-$count" "$work/with-$count" "$work/corpus-$count"
done
[ -f "$work/sizes.md" ] && cat "$work/sizes.md"
