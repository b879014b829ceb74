#!/usr/bin/env bash
# Build cost of NewsGen side by side with the code a user would otherwise write (issue 14). Not part of CI.
#
# For one corpus it makes three net10.0 libraries and builds them in ONE run, ALTERNATING (a, b, e, a, b, e, ...),
# so that whatever else the shared machine does at a moment lands on both sides alike:
#   (a) const    the articles as hand-written `const string` fields: for each article one class with the whole text,
#                one const per paragraph and one per quote (paragraphs and quotes from NewsGen's own parser,
#                written by `NewsGen.Benchmarks --write-constants`)
#   (b) NewsGen  the same .txt files as <NewsArticle> items, with the generator built from NEWSGEN_SRC
#   (e) empty    the same project with no articles at all (what "the same edit without articles" costs)
#   (d) app      edit modes only: a project with no articles that references (b) as a class library and reads its
#                NewsCorpus, the layout the README recommends for large corpora (MSBuild skips recompiling (b) when
#                only the app's code changed)
# Every project also has one hand-written Edited.cs (the file the "edit" modes change; in (d), the app's).
# Prints Markdown tables to stdout (medians, the ratio of medians b/a, CPU time: the firmer figure on a shared machine, peak memory, DLL sizes); progress to stderr.
#
#   benchmarks/build-cost.sh                                     # COUNTS="1000", RUNS=3, every mode
#   COUNTS="1000 10000" RUNS=1 MODES=rebuild-cold benchmarks/build-cost.sh
#   CORPUS=/work/corpora/some-corpus benchmarks/build-cost.sh    # real .txt articles, recursively, folders kept
#   NEWSGEN_SRC=/work/wt/redesign benchmarks/build-cost.sh       # judge a work-in-progress NewsGen source tree
#
# Inputs (environment):
#   COUNTS       article counts of the synthetic corpus (benchmarks' SyntheticCorpus), default "1000"
#   CORPUS       a folder of real articles instead (every *.txt under it, keeping folders); COUNTS is then ignored
#   EXCLUDE      with CORPUS: paths under it to leave out, space-separated globs (e.g. "sport/199.txt", a file that
#                is not UTF-8: NewsGen rightly fails the build on it, the constants writer would not notice)
#   FLAT=1       with CORPUS: copy every article into one folder as folder_name.txt (for generators that would
#                see 001.txt of two folders as one name)
#   SEVERITY     diagnostic severities for (b), space-separated id=severity (e.g. "NEWS003=warning"), written to a
#                .globalconfig: real text has faults NewsGen reports as errors, and a failed build emits no DLL
#   NEWSGEN_SRC  the NewsGen source tree whose generator (b) uses, default this repository; it is copied first
#                (without bin/ and obj/), so building it never touches, or locks files in, that tree
#   RUNS         measured rounds per mode, default 3; WARMUP discarded rounds before them, default 1
#   MODES        any of the following, default "rebuild-cold rebuild-server edit-server csc":
#     rebuild-cold    the headline: `dotnet build --no-incremental --disable-build-servers -p:UseSharedCompilation=false`,
#                     a fresh compiler process every build, as CI builds
#     rebuild-server  `dotnet build --no-incremental` with the warm compiler server (VBCSCompiler)
#     edit-server     change Edited.cs, `dotnet build` with the warm compiler server: what every .cs edit costs
#     edit-cold       the same with a fresh compiler
#     csc             the csc decomposition: build once with -p:EmitCompilerGeneratedFiles=true and -v:detailed, take
#                     the project's own csc command line from that log (the Csc task prints it as one line), drop
#                     the analyzers, generators and additional files from it, add the generated files as sources,
#                     and time that csc alone (RUNS rounds, alternating); see print_csc below
#   PARAGRAPHS   Lines (default) or BlankLines: the paragraph rule for both sides (NewsGenParagraphs)
#   STORAGE      NewsGenStorage for (b): Auto (default), Strings or Utf8, to measure what the views' storage costs
#   KEEP=1       keep the work folder (its path is printed) to look at the projects, logs and generated files
#
# Memory: with UseSharedCompilation=false the Csc task starts csc as a child process of the build (the in-proc
# MSBuild node), so two figures are given per build: "csc" is the maximum resident set of the largest single
# process of the build's tree, from `/usr/bin/time -f %M` (in practice the csc process); "tree" is the peak of
# the resident sets summed over the whole `dotnet build` process tree, sampled from `ps` every 0.2 s. With the
# compiler server the compiler runs in VBCSCompiler, outside the tree: the server modes' memory is the build's own
# (a csc-sized figure there means the server was not used).
# The server modes use -nodeReuse:false, so no MSBuild node outlives the script; the compiler server they start
# (or share with other users of the machine) exits by itself after 10 idle minutes.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
src="$(cd "${NEWSGEN_SRC:-$repo}" && pwd)"
counts="${COUNTS:-1000}"
runs="${RUNS:-3}"
warmup="${WARMUP:-1}"
modes="${MODES:-rebuild-cold rebuild-server edit-server csc}"
paragraphs="${PARAGRAPHS:-Lines}"
storage="${STORAGE:-Auto}"
projects=(const newsgen empty)
work="$(mktemp -d "${TMPDIR:-/tmp}/newsgen-build-cost.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "[build-cost] kept $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { echo "[build-cost] $(date -u +%H:%M:%S) $*" >&2; }

log "copying the NewsGen source of $src ($(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo 'not git')$(git -C "$src" status --porcelain 2>/dev/null | grep -q . && echo ', with uncommitted changes'))"
mkdir -p "$work/newsgen-src"
(cd "$src" && tar -cf - --exclude=bin --exclude=obj Directory.Build.props Directory.Packages.props global.json src/NewsGen) | tar -xf - -C "$work/newsgen-src"
log "building that generator (Release) and this repository's corpus and constants writer"
dotnet build "$work/newsgen-src/src/NewsGen/NewsGen.csproj" -c Release -o "$work/generator" -nologo -v:q >"$work/newsgen-build.log" 2>&1 \
  || { cat "$work/newsgen-build.log" >&2; exit 1; }
dotnet build "$repo/benchmarks/NewsGen.Benchmarks/NewsGen.Benchmarks.csproj" -c Release -nologo -v:q >"$work/tool-build.log" 2>&1 \
  || { cat "$work/tool-build.log" >&2; exit 1; }
tool() { dotnet run -c Release --no-build --project "$repo/benchmarks/NewsGen.Benchmarks" -- "$@"; }
props="$work/newsgen-src/src/NewsGen/build/NewsGen.props"
targets="$work/newsgen-src/src/NewsGen/build/NewsGen.targets"

# make_project DIR KIND(const|newsgen|empty|app) ARTICLES
make_project() {
  local dir="$1" kind="$2" articles="$3"
  mkdir -p "$dir"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    [ "$kind" = newsgen ] && echo "  <Import Project=\"$props\" />"
    echo '  <PropertyGroup>'
    echo '    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RootNamespace>Corpus</RootNamespace>'
    echo "    <NewsGenParagraphs>$paragraphs</NewsGenParagraphs><NewsGenStorage>$storage</NewsGenStorage>"
    echo '  </PropertyGroup>'
    if [ "$kind" = newsgen ]; then
      # What the NuGet package adds: the analyzer assembly, the props/targets, and the one line that makes files articles.
      echo "  <ItemGroup><Analyzer Include=\"$work/generator/NewsGen.dll\" /><NewsArticle Include=\"Articles/**/*.txt\" /></ItemGroup>"
      echo "  <Import Project=\"$targets\" />"
    fi
    echo '</Project>'
  } >"$dir/Corpus.csproj"
  if [ "$kind" = newsgen ] && [ -n "${SEVERITY:-}" ]; then
    { echo 'is_global = true'; for rule in $SEVERITY; do echo "dotnet_diagnostic.${rule%%=*}.severity = ${rule#*=}"; done; } >"$dir/.globalconfig"
  fi
  case "$kind" in
    newsgen) cp -r "$articles" "$dir/Articles" ;;
    const) tool --write-constants "$articles" "$dir/Constants" "$paragraphs" >&2 ;;
  esac
  if [ "$kind" = app ]; then
    # The app: no articles, no generator; it reads the library's corpus, so the reference is used, not just listed.
    sed -i 's#</PropertyGroup>#</PropertyGroup>\n  <ItemGroup><ProjectReference Include="../newsgen/Corpus.csproj" /></ItemGroup>#; s#<RootNamespace>Corpus</RootNamespace>#<RootNamespace>App</RootNamespace>#' "$dir/Corpus.csproj"
    mv "$dir/Corpus.csproj" "$dir/App.csproj"
    printf 'namespace App;\n\npublic static class Edited\n{\n    public const int Revision = 0;\n\n    public static int Articles => global::Corpus.Articles.NewsCorpus.Count;\n}\n' >"$dir/Edited.cs"
  else
    printf 'namespace Corpus;\n\npublic static class Edited\n{\n    public const int Revision = 0;\n}\n' >"$dir/Edited.cs"
  fi
  dotnet restore "$dir" -nologo -v:q >/dev/null
}

# tree_rss ROOTPID: resident KiB summed over ROOTPID and all its descendants
tree_rss() {
  ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
    { parent[$1] = $2; rss[$1] = $3 }
    END { for (p in parent) { q = p; while (q != "" && q != root && q != 1 && q != 0) q = parent[q]; if (q == root) sum += rss[p] } print sum + 0 }'
}

# timed_build DIR LOG ARGS... : runs one build; prints "seconds exitcode csc_MiB tree_MiB cpu_seconds"
# (cpu: user + system time of the build and every process it waited for, csc included; not a compiler server's)
timed_build() {
  local dir="$1" logfile="$2"; shift 2
  local start end code=0 pid peak=0 now
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$work/time.out" dotnet build "$dir" --no-restore -nologo -v:q "$@" >"$logfile" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    now=$(tree_rss "$pid"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.2
  done
  wait "$pid" || code=$?
  end=$(date +%s.%N)
  local maxrss user system
  read -r maxrss user system < <(tail -n1 "$work/time.out")
  printf '%.2f %s %.0f %.0f %.2f\n' "$(echo "$end - $start" | bc)" "$code" "$(echo "$maxrss / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" "$(echo "$user + $system" | bc -l)"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { if [ "$1" = - ] || [ "$2" = - ]; then echo -; else printf '%.2f' "$(echo "$2 / $1" | bc -l)"; fi; }

# Raw results, one line per build: corpus mode round project seconds exitcode csc_MiB tree_MiB cpu_seconds
raw="$work/raw.tsv"
: >"$raw"

# measure CORPUS_LABEL MODE : every round builds const, newsgen, empty (and, editing, app) in turn
measure() {
  local label="$1" mode="$2" round kind dir args result kinds=("${projects[@]}")
  case "$mode" in edit-*) kinds+=(app) ;; esac
  for ((round = 1; round <= warmup + runs; round++)); do
    for kind in "${kinds[@]}"; do
      dir="$work/$kind"
      case "$mode" in
        rebuild-cold) args=(--no-incremental --disable-build-servers -p:UseSharedCompilation=false) ;;
        # UseSharedCompilation=true explicitly: an environment variable UseSharedCompilation=false (set on the
        # team's machines) is an MSBuild property too and would silently make these modes cold.
        rebuild-server) args=(--no-incremental -nodeReuse:false -p:UseSharedCompilation=true) ;;
        edit-server) args=(-nodeReuse:false -p:UseSharedCompilation=true) ;;
        edit-cold) args=(--disable-build-servers -p:UseSharedCompilation=false) ;;
      esac
      case "$mode" in edit-*) sed -i "s/Revision = [0-9]*/Revision = $RANDOM$round/" "$dir/Edited.cs" ;; esac
      log "$label, $mode, round $round of $((warmup + runs))$([ "$round" -le "$warmup" ] && echo ' (warm-up)'), $kind"
      result=$(timed_build "$dir" "$work/$kind-$mode-$round.log" "${args[@]}")
      read -r seconds code csc_mib tree_mib cpu <<<"$result"
      if [ "$code" != 0 ]; then
        log "  FAILED (exit $code): $(grep -m1 -o 'error [A-Z]*[0-9]*:.\{0,120\}' "$work/$kind-$mode-$round.log" || tail -n3 "$work/$kind-$mode-$round.log")"
      else
        log "  $seconds s (CPU $cpu s), csc $csc_mib MiB, tree $tree_mib MiB"
      fi
      [ "$round" -gt "$warmup" ] && printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$mode" "$round" "$kind" "$seconds" "$code" "$csc_mib" "$tree_mib" "$cpu" >>"$raw"
    done
  done
}

# col LABEL MODE KIND FIELD : median of one raw column over the successful builds
col() { awk -F'\t' -v l="$1" -v m="$2" -v k="$3" -v f="$4" '$1 == l && $2 == m && $4 == k && $6 == 0 { print $f }' "$raw" | median; }
failures() { awk -F'\t' -v l="$1" -v m="$2" -v k="$3" '$1 == l && $2 == m && $4 == k && $6 != 0 { n++ } END { print n + 0 }' "$raw"; }

summary="$work/summary.md"
sizes="$work/sizes.md"
csc_table="$work/csc.md"

# csc_line LOG : the csc command line the Csc task logged (-v:detailed prints it on one line), one argument per line
csc_line() { grep -m1 -E '^ +/[^ ]*/csc(\.dll)? ' "$1" | xargs -n1 printf '%s\n'; }

# print_csc LABEL : the csc decomposition (the "csc" mode)
print_csc() {
  local label="$1" kind dir round
  for kind in "${projects[@]}"; do
    dir="$work/$kind"
    log "$label, csc: building $kind once with EmitCompilerGeneratedFiles and -v:detailed"
    dotnet build "$dir" --no-restore -nologo -v:detailed --no-incremental --disable-build-servers -p:UseSharedCompilation=false \
      -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$dir/generated" >"$work/$kind-detailed.log" 2>&1 || true
    # The project's own command line, without what runs inside the compiler (analyzers, generators, their inputs
    # and options) and with its output redirected; NewsGen's generated files join the sources.
    csc_line "$work/$kind-detailed.log" | tail -n +2 | grep -v -E '^[/-](analyzer|additionalfile|analyzerconfig|generatedfilesout|errorlog|reportanalyzer|out|refout):?' \
      | sed 's/.*/"&"/' >"$work/$kind.rsp"
    echo "\"/out:$work/$kind-csc.dll\"" >>"$work/$kind.rsp"
    if [ -d "$dir/generated" ]; then
      find "$dir/generated" -name '*.cs' | sort | sed 's/.*/"&"/' >>"$work/$kind.rsp"
    fi
  done
  local csc
  csc="$(grep -m1 -E '^ +/[^ ]*/csc(\.dll)? ' "$work/newsgen-detailed.log" | awk '{ print $1 }')"
  for ((round = 1; round <= warmup + runs; round++)); do
    for kind in "${projects[@]}"; do
      log "$label, csc alone, round $round, $kind"
      local start end code=0
      start=$(date +%s.%N)
      # From the project folder: the command line names the project's own sources relative to it.
      (cd "$work/$kind" && "$csc" /noconfig "@$work/$kind.rsp") >"$work/$kind-csc.log" 2>&1 || code=$?
      end=$(date +%s.%N)
      [ "$code" != 0 ] && log "  csc FAILED: $(grep -m1 'error' "$work/$kind-csc.log")"
      [ "$round" -gt "$warmup" ] && printf '%s\t%s\t%s\t%s\t%.2f\t%s\t-\t-\t-\n' "$label" csc "$round" "$kind" "$(echo "$end - $start" | bc)" "$code" >>"$raw"
    done
  done
  local gen_bytes=0 const_bytes
  [ -d "$work/newsgen/generated" ] && gen_bytes=$(find "$work/newsgen/generated" -name '*.cs' -print0 | xargs -0 cat | wc -c)
  const_bytes=$(find "$work/const/Constants" -name '*.cs' -print0 | xargs -0 cat | wc -c)
  local a b e
  a=$(col "$label" csc const 5); b=$(col "$label" csc newsgen 5); e=$(col "$label" csc empty 5)
  printf '| %s | %s | %s | %s | %s | %.1f MB | %.1f MB | %s |\n' "$label" "$e" "$a" "$b" "$(ratio "$a" "$b")" \
    "$(echo "$const_bytes / 1048576" | bc -l)" "$(echo "$gen_bytes / 1048576" | bc -l)" \
    "$(failures "$label" csc newsgen) of $runs" >>"$csc_table"
}

echo "| corpus | text MB | mode | runs | (a) const s | (b) NewsGen s | b/a | (e) empty s | CPU s (a) / (b) / (e) | b/a (CPU) | (a) csc / tree MiB | (b) csc / tree MiB | b/a (csc) | failed (b) |" >"$summary"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|" >>"$summary"
layouts="$work/layouts.md"
echo "| corpus | mode | runs | (e) empty s | (b) articles in the project s | b/e | (d) app over an articles library s | d/e | (a) const s | a/e | CPU s (e) / (b) / (d) | d/e (CPU) |" >"$layouts"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >>"$layouts"
echo "| corpus | text bytes | (a) const DLL | (a) / text | (b) NewsGen DLL | (b) / text | (b) / (a) |" >"$sizes"
echo "|---|---:|---:|---:|---:|---:|---:|" >>"$sizes"
echo "| corpus | csc, empty project s | csc, (a) constants s | csc, (b) generated files s | b/a | (a) source | (b) generated source | failed (b) |" >"$csc_table"
echo "|---|---:|---:|---:|---:|---:|---:|---|" >>"$csc_table"

if [ -n "${CORPUS:-}" ]; then inputs=("corpus:$(cd "$CORPUS" && pwd)"); else read -r -a inputs <<<"$counts"; fi
for input in "${inputs[@]}"; do
  rm -rf "$work/articles" "$work/const" "$work/newsgen" "$work/empty" "$work/app"
  mkdir -p "$work/articles"
  if [ "${input#corpus:}" != "$input" ]; then
    folder="${input#corpus:}"
    excludes=()
    for pattern in ${EXCLUDE:-}; do excludes+=(! -path "./$pattern"); done
    if [ "${FLAT:-0}" = 1 ]; then
      (cd "$folder" && find . -name '*.txt' "${excludes[@]}" -print0) | while IFS= read -r -d '' file; do
        flat="${file#./}"; cp "$folder/$file" "$work/articles/${flat//\//_}"
      done
    else
      (cd "$folder" && find . -name '*.txt' "${excludes[@]}" -print0 | tar --null -cf - -T -) | tar -xf - -C "$work/articles"
    fi
    label="$(basename "$folder") ($(find "$work/articles" -name '*.txt' | wc -l) articles$([ "${FLAT:-0}" = 1 ] && echo ', flat'))"
  else
    tool --write-corpus "$work/articles" "$input" >&2
    label="$input synthetic"
  fi
  text_bytes=$(find "$work/articles" -name '*.txt' -print0 | xargs -0 cat | wc -c)
  log "$label: $text_bytes bytes of text; writing the projects"
  for kind in "${projects[@]}"; do make_project "$work/$kind" "$kind" "$work/articles"; done
  rm -rf "$work/app"
  case " $modes " in *" edit-"*) make_project "$work/app" app "$work/articles" ;; esac
  text_mb=$(printf '%.2f' "$(echo "$text_bytes / 1048576" | bc -l)")
  for mode in $modes; do
    if [ "$mode" = csc ]; then print_csc "$label"; continue; fi
    measure "$label" "$mode"
    a=$(col "$label" "$mode" const 5); b=$(col "$label" "$mode" newsgen 5); e=$(col "$label" "$mode" empty 5)
    # In the server modes these are the build's own processes only; a csc-sized figure there means the
    # compiler server was not used.
    mem_a="$(col "$label" "$mode" const 7) / $(col "$label" "$mode" const 8)"
    mem_b="$(col "$label" "$mode" newsgen 7) / $(col "$label" "$mode" newsgen 8)"
    mem_ratio=$(ratio "$(col "$label" "$mode" const 7)" "$(col "$label" "$mode" newsgen 7)")
    ca=$(col "$label" "$mode" const 9); cb=$(col "$label" "$mode" newsgen 9); ce=$(col "$label" "$mode" empty 9)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s of %s |\n' "$label" "$text_mb" "$mode" "$runs" "$a" "$b" \
      "$(ratio "$a" "$b")" "$e" "$ca / $cb / $ce" "$(ratio "$ca" "$cb")" "$mem_a" "$mem_b" "$mem_ratio" "$(failures "$label" "$mode" newsgen)" "$runs" >>"$summary"
    case "$mode" in
      edit-*)
        d=$(col "$label" "$mode" app 5); cd_=$(col "$label" "$mode" app 9)
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$mode" "$runs" "$e" "$b" "$(ratio "$e" "$b")" "$d" "$(ratio "$e" "$d")" "$a" "$(ratio "$e" "$a")" "$ce / $cb / $cd_" "$(ratio "$ce" "$cd_")" >>"$layouts"
        ;;
    esac
  done
  # Sizes of the Debug DLLs the last build left (built again if a mode removed nothing but never built them).
  dll_a="$work/const/bin/Debug/net10.0/Corpus.dll"; dll_b="$work/newsgen/bin/Debug/net10.0/Corpus.dll"
  if [ -f "$dll_a" ] && [ -f "$dll_b" ]; then
    size_a=$(stat -c %s "$dll_a"); size_b=$(stat -c %s "$dll_b")
    printf '| %s | %s | %s | %.2f | %s | %.2f | %.2f |\n' "$label" "$text_bytes" "$size_a" "$(echo "$size_a / $text_bytes" | bc -l)" \
      "$size_b" "$(echo "$size_b / $text_bytes" | bc -l)" "$(echo "$size_b / $size_a" | bc -l)" >>"$sizes"
    for kind in const newsgen; do
      { echo; echo "Where the bytes of the ($kind) DLL go, $label (Debug):"; echo
        tool --assembly-size "$work/$kind/bin/Debug/net10.0/Corpus.dll" "$text_bytes"; } >>"$work/breakdown.md"
    done
  fi
done

echo "Build cost, side by side: NewsGen from $src, $(nproc) cores, $(dotnet --version) SDK, $(date -u +%Y-%m-%dT%H:%MZ), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Medians of $runs alternating round(s) after $warmup warm-up round(s); memory is max RSS in MiB: csc = largest single"
echo "process of the build (\`/usr/bin/time -f %M\`, the csc process), tree = peak of the summed RSS of the build's process tree."
echo
cat "$summary"
echo
if [ "$(wc -l <"$layouts")" -gt 2 ]; then
  echo "One .cs file edited, incremental build, by layout (medians; x/e is the ratio to the same edit in the empty project):"
  echo
  cat "$layouts"
  echo
fi
cat "$sizes"
[ -f "$work/breakdown.md" ] && cat "$work/breakdown.md"
if grep -q $'\tcsc\t' "$raw"; then
  echo
  echo "csc alone (the project's own csc command line from a -v:detailed build, without analyzers and generators; the"
  echo "generated files, written with EmitCompilerGeneratedFiles=true, as sources), medians of $runs alternating run(s):"
  echo
  cat "$csc_table"
fi
echo
echo "<details><summary>every measured build (corpus, mode, round, project, seconds, exit code, csc MiB, tree MiB, CPU seconds)</summary>"
echo
echo '```'
cat "$raw"
echo '```'
echo "</details>"
