#!/usr/bin/env bash
# Whole-build timing: how much dataproduct:validate adds to the build of a product project.
# Generates a product with PORTS output ports and SCHEMAS schema files (default 5 and 20) plus a
# small Java class, then runs the build RUNS times with the goal and RUNS times with
# -Ddataproduct.skip, interleaved, and prints the medians. Twice: `mvn -o clean package` (every
# build starts cold, as in CI) and `mvn -o package` (a rebuild with nothing changed).
# MODE `validate` (the default) binds validate alone, so the build around it is only a trivial
# compile. MODE `with-generate` is a product as the archetype makes it: generate is bound too
# (Avro classes, producers and consumers compiled, avro and kafka-clients on the classpath), and
# the comparison is with -Ddataproduct.validate.skip, so that only validate's share is measured.
# Usage, from the project root:  benchmarks/build-time.sh [RUNS] [PORTS] [SCHEMAS] [MODE]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}; ports=${2:-5}; schemas=${3:-20}; mode=${4:-validate}
case "$mode" in
  validate)
    goals='<goal>validate</goal>'; dependencies=''; skip='-Ddataproduct.skip' ;;
  with-generate)
    goals='<goal>validate</goal><goal>generate</goal>'
    dependencies='<dependencies>
    <dependency><groupId>org.apache.avro</groupId><artifactId>avro</artifactId><version>1.12.2</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>4.4.0</version></dependency>
  </dependencies>'
    skip='-Ddataproduct.validate.skip' ;;
  *) echo "MODE is validate or with-generate, not $mode" >&2; exit 2 ;;
esac
root=$(pwd)
./mvnw -B -q -pl plugin -am install -DskipTests
cp_file=$(mktemp)
./mvnw -B -q -pl core dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout -pl plugin 2>/dev/null || echo 0.1.0-SNAPSHOT)

work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
java -cp "core/target/test-classes:core/target/classes:$(cat "$cp_file")" dev.dataproduct.bench.SyntheticProduct "$work" "$ports" "$schemas"
mkdir -p "$work/src/main/java/com/example/bench"
printf 'package com.example.bench;\n\n/** Something to compile. */\npublic final class Main {\n  private Main() {}\n}\n' > "$work/src/main/java/com/example/bench/Main.java"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>synthetic</artifactId>
  <version>1.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
    <!-- A synthetic product has no earlier release to look for. -->
    <dataproduct.baseline>none</dataproduct.baseline>
  </properties>
  ${dependencies}
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.15.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin>
        <groupId>dev.dataproduct</groupId>
        <artifactId>dataproduct-maven-plugin</artifactId>
        <version>${version}</version>
        <executions><execution><goals>${goals}</goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM

time_build() { # prints milliseconds of one `mvn -o -q <goals>`
  local start end
  start=$(date +%s%N)
  (cd "$work" && "$root/mvnw" -B -o -q "$@" >/dev/null)
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

compare() { # $1 = label, rest = goals
  local label=$1; shift
  time_build "$@" >/dev/null; time_build "$@" "$skip" >/dev/null   # warm the file cache
  local with=() without=()
  for _ in $(seq "$runs"); do
    with+=("$(time_build "$@")")
    without+=("$(time_build "$@" "$skip")")
  done
  local m_with m_without
  m_with=$(printf '%s\n' "${with[@]}" | median)
  m_without=$(printf '%s\n' "${without[@]}" | median)
  echo "$label: with dataproduct:validate median ${m_with} ms (${with[*]})"
  echo "$label: with $skip    median ${m_without} ms (${without[*]})"
  awk -v l="$label" -v a="$m_with" -v b="$m_without" 'BEGIN { printf "%s: the goal adds %.1f%%\n", l, (a - b) * 100 / b }'
}

echo "product: $ports ports, $schemas schemas, mode $mode; $runs runs each"
compare "mvn clean package" clean package
compare "mvn package (no-op rebuild)" package
