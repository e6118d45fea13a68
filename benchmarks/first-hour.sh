#!/usr/bin/env bash
# The first hour, timed: follows the README and getting started literally, as a newcomer on a fresh
# machine would, and prints the time of each step and the number of commands typed.
#
#   1. git clone               the repository (this checkout's HEAD)
#   2. ./mvnw install          README: ./mvnw -B -pl plugin,archetype -am install -DskipTests
#   3. mvn archetype:generate  README / getting started step 1, in the folder beside the clone
#   4. ./mvnw verify           getting started step 3
#   5. versions:set 1.0.0      getting started step 5
#   6. ./mvnw deploy           getting started step 5, "Release to a repository": the jar to a file
#                              repository and the release to a catalog folder, in one command
#
# Fresh HOME and an empty local repository every time (MAVEN_OPTS=-Duser.home=<fresh HOME>, as Java
# does not read HOME). The only deviations from the pages: the
# file repository and the catalog are folders under the work folder instead of /tmp/releases and
# /tmp/catalog, and step 3 uses the clone's ./mvnw by its path when the machine has no mvn.
#
# Downloads are most of a first run's time and depend on the network, so they can be taken out:
#   --fill-cache DIR   a run as above that then keeps what it downloaded in DIR: the Maven
#                      artifacts (DIR/repository, without this project's own) and the Maven
#                      distributions the wrappers fetched (DIR/wrapper)
#   --cache DIR        a run whose empty local repository fetches from DIR/repository, a read-only
#                      file repository named as the mirror of every repository in settings.xml,
#                      and whose wrappers find their Maven in a copy of DIR/wrapper (copied before
#                      the clock starts). What is left is the machine's time apart from downloads.
#   --work DIR         where the clone, HOME and outputs go (default: a new folder under /tmp);
#                      kept afterwards, with each step's log in DIR/logs
#
# Usage, from the project root: benchmarks/first-hour.sh [--fill-cache DIR | --cache DIR] [--work DIR]
set -euo pipefail
source_repo=$(cd "$(dirname "$0")/.." && pwd)
mode=plain; cache=""; work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fill-cache) mode=fill; cache=$2; shift 2 ;;
    --cache) mode=cached; cache=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown option $1; see the usage at the top of $0" >&2; exit 2 ;;
  esac
done
[ -n "$work" ] || work=$(mktemp -d /tmp/first-hour.XXXXXX)
mkdir -p "$work"
work=$(cd "$work" && pwd)
if [ -n "$cache" ]; then mkdir -p "$cache"; cache=$(cd "$cache" && pwd); fi
if [ "$mode" = cached ] && [ ! -d "$cache/repository" ]; then
  echo "$cache/repository does not exist: fill it first with --fill-cache $cache" >&2; exit 2
fi

rm -rf "$work/home" "$work/clone" "$work/releases" "$work/catalog" "$work/logs" "$work/orders"
export HOME="$work/home"
mkdir -p "$HOME/.m2" "$work/logs"
# Nothing from the caller's environment that would change what Maven does.
unset MAVEN_ARGS MAVEN_CONFIG MAVEN_HOME M2_HOME MVNW_REPOURL JAVA_TOOL_OPTIONS || :
# Java takes user.home from the password database, not from HOME: without this, Maven would read and
# fill the caller's ~/.m2 (settings and local repository). The wrappers' own downloads go under
# $HOME/.m2/wrapper, and mvn reads MAVEN_OPTS too.
export MAVEN_OPTS="-Duser.home=$HOME"

if [ "$mode" = cached ]; then
  cat > "$HOME/.m2/settings.xml" <<SETTINGS
<settings>
  <mirrors>
    <mirror><id>download-cache</id><mirrorOf>*</mirrorOf><url>file://$cache/repository</url></mirror>
  </mirrors>
</settings>
SETTINGS
  [ ! -d "$cache/wrapper" ] || cp -r "$cache/wrapper" "$HOME/.m2/wrapper"
fi

# The walk installs this project's SNAPSHOTs and a release of com.example.sales:orders: never into
# the caller's local repository.
[ ! -e "$HOME/.m2/repository/dev/dataproduct" ] || { echo "$HOME/.m2/repository is not empty" >&2; exit 1; }

steps=()
commands=0
total=0
total_cpu=0
# step NAME DIR COMMAND...: runs one command the pages tell the reader to type, timed: wall-clock
# seconds, and the CPU seconds (user + system) of it and every process it started, which depend
# much less on what else the machine is running.
step() {
  local name=$1 dir=$2; shift 2
  local log="$work/logs/$((commands + 1))-$name.log"
  local times="$work/logs/$((commands + 1))-$name.time"
  local TIMEFORMAT='%R %U %S'
  if ! { time (cd "$dir" && "$@" >"$log" 2>&1); } 2>"$times"; then
    echo "step $name failed: $*; its output is in $log" >&2
    tail -30 "$log" >&2
    exit 1
  fi
  commands=$((commands + 1))
  local seconds cpu
  read -r seconds user system <"$times"
  cpu=$(echo "$user + $system" | bc)
  total=$(echo "$total + $seconds" | bc)
  total_cpu=$(echo "$total_cpu + $cpu" | bc)
  steps+=("$(printf '%d. %-22s %7.1f s  (CPU %7.1f s)   %s' "$commands" "$name" "$seconds" "$cpu" "$*")")
  printf '%d. %-22s %7.1f s  (CPU %7.1f s)\n' "$commands" "$name" "$seconds" "$cpu"
}

echo "first-hour: mode $mode, work folder $work, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
step clone "$work" git clone -q "$source_repo" clone
step install "$work/clone" ./mvnw -B -pl plugin,archetype -am install -DskipTests
if command -v mvn >/dev/null 2>&1; then generate=(mvn); else generate=("$work/clone/mvnw"); fi
step archetype-generate "$work" "${generate[@]}" archetype:generate -B \
  -DarchetypeGroupId=dev.dataproduct -DarchetypeArtifactId=dataproduct-archetype -DarchetypeVersion=0.1.0-SNAPSHOT \
  -DgroupId=com.example.sales -DartifactId=orders -Dpackage=com.example.sales.orders -Ddomain=sales
step verify "$work/orders" ./mvnw verify
step set-version-1.0.0 "$work/orders" ./mvnw -q org.codehaus.mojo:versions-maven-plugin:2.18.0:set -DnewVersion=1.0.0 -DgenerateBackupPoms=false
step release-and-publish "$work/orders" ./mvnw deploy -DaltDeploymentRepository=releases::file://"$work"/releases -Ddataproduct.catalog="$work"/catalog

# The fresh local repository is the one the walk used (the caller's was left alone).
test -d "$HOME/.m2/repository/dev/dataproduct/dataproduct-maven-plugin" || { echo "Maven did not use $HOME/.m2/repository" >&2; exit 1; }
# What the walk must have produced: the release in the file repository and in the catalog.
test -f "$work/releases/com/example/sales/orders/1.0.0/orders-1.0.0.jar" || { echo "no release in $work/releases" >&2; exit 1; }
test -f "$work/catalog/products/sales/orders/1.0.0/entry.json" || { echo "no release in $work/catalog" >&2; exit 1; }
grep -q 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0' "$work/logs/4-verify.log" || { echo "verify did not run the project's three tests" >&2; exit 1; }

if [ "$mode" = fill ]; then
  mkdir -p "$cache/repository"
  # The artifacts any project downloads; this project's own and the newcomer's are built, not downloaded.
  (cd "$HOME/.m2/repository" && tar --exclude='./dev/dataproduct' --exclude='./com/example' -cf - .) | (cd "$cache/repository" && tar -xf -)
  # A local repository names its metadata after the repository it came from; a remote one reads
  # maven-metadata.xml (plugin prefixes such as archetype: and versions: are resolved from it).
  find "$cache/repository" -name 'maven-metadata-*.xml' ! -name '*.sha1' ! -name '*.md5' | while read -r local_metadata; do
    remote_metadata="$(dirname "$local_metadata")/maven-metadata.xml"
    [ -f "$remote_metadata" ] || cp "$local_metadata" "$remote_metadata"
  done
  [ ! -d "$HOME/.m2/wrapper" ] || { rm -rf "$cache/wrapper"; cp -r "$HOME/.m2/wrapper" "$cache/wrapper"; }
  echo "download cache filled: $cache ($(du -sh "$cache" | cut -f1))"
fi

echo
echo "first-hour ($mode): $commands commands, $(printf '%.1f' "$total") s in all, $(printf '%.1f' "$total_cpu") CPU seconds ($(nproc) cores), load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${steps[@]}"
echo "release: $work/releases/com/example/sales/orders/1.0.0, catalog: $work/catalog/index.html"
