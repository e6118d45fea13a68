#!/usr/bin/env bash
# Whole-build timing against avro-maven-plugin: one corpus of N record schemas (one output port
# each, written by dev.dataproduct.bench.SyntheticProduct), three projects built from it:
#   avro   avro-maven-plugin 1.12.2, goal `schema` (stringType String, decimals as BigDecimal:
#          the same Avro options as ours)
#   ours   dataproduct-maven-plugin from this checkout, goal `generate` (which validates first)
#   floor  the sources `ours` generated, checked in under src/main/java, no generator at all
# All three have the same dependencies (avro, kafka-clients) and compiler settings.
# For each project and round, interleaved (avro, ours, floor, avro, ours, floor, ...):
#   generate  `mvn -o generate-sources` after rm -rf target
#   clean     `mvn -o compile` after rm -rf target
#   noop      `mvn -o compile` again, nothing changed
#   exports   (only when named in STEPS) `mvn -o generate-sources -Ddataproduct.exports=always`
#             after rm -rf target: generate as a build that packages the jar runs it, with the
#             exports in the open standards, which builds that end before `package` leave out
#             (the other projects ignore the property)
# each as one whole Maven process under /usr/bin/time: CPU seconds (user + sys), wall seconds,
# peak RSS. Prints the medians and the ratios ours/avro (generate, clean) and ours/floor (noop).
# Usage, from the project root:  benchmarks/vs-avro-maven-plugin.sh [N=500] [ROUNDS=3]
# STEPS (default "generate clean noop") and PROJECTS (default "avro ours floor") run fewer steps or
# projects, e.g. STEPS=generate PROJECTS="avro ours" for generation alone on a busy machine;
# MAVEN_OPTS (e.g. -Xmx1g) reaches every measured build; WARM=0 skips the uncounted first round. Two more projects split the floor, to
# tell where a clean compile's memory goes (PROJECTS="avro ours floor avro-classes avro-classes-lean"):
#   avro-classes       the floor without the producers, consumers and runtime classes: the Avro
#                      classes alone, with the same dependencies
#   avro-classes-lean  the same without kafka-clients: avro alone on the class path
# SHAPE=families keeps each record's references within a family of 16 records, as in real schemas
# (a port's schema embeds at most 15 others); the default, chain, makes one chain of references
# through the whole corpus, so every generated class, packed schema and export embeds nearly every
# record before it and the output grows with the square of N (the corpus of the issue's figures).
# N is any count; the published figures use 100, 500 and 2000. The first run needs the network
# once, to download avro-maven-plugin 1.12.2; every build after that runs offline (-o).
# Our plugin is installed into a repository of the benchmark's own (BENCH_DIR/repo) that reads
# through to ~/.m2 (Maven's maven.repo.local.tail), so ~/.m2 is never written to.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}; rounds=${2:-3}
steps=${STEPS:-generate clean noop}; projects=${PROJECTS:-avro ours floor}
root=$(pwd)
shape=${SHAPE:-chain}
bench=$(realpath -m "${BENCH_DIR:-$root/benchmarks/target/vs-avro-$n$([ "$shape" = chain ] || echo "-$shape")}") # absolute: the builds run in its folders
m2=${M2_REPO:-$HOME/.m2/repository}
repo=(-Dmaven.repo.local="$bench/repo" -Dmaven.repo.local.tail="$m2")
mvn=("$root/mvnw" -B -ntp -o "${repo[@]}")
rm -rf "$bench/avro" "$bench/ours" "$bench/floor" "$bench/avro-classes" "$bench/avro-classes-lean" "$bench/corpus"
mkdir -p "$bench"

if [ ! -f "$m2/org/apache/avro/avro-maven-plugin/1.12.2/avro-maven-plugin-1.12.2.jar" ]; then
  "$root/mvnw" -B -q -ntp dependency:get -Dartifact=org.apache.avro:avro-maven-plugin:1.12.2
fi
if [ -z "${SKIP_INSTALL:-}" ]; then
  echo "installing this checkout's plugin into $bench/repo"
  "${mvn[@]}" -q -pl plugin -am install -DskipTests -Djacoco.skip -Dinvoker.skip >/dev/null
fi
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
"${mvn[@]}" -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -Djacoco.skip >/dev/null
java -cp "core/target/test-classes:core/target/classes:$(cat "$cp_file")" dev.dataproduct.bench.SyntheticProduct "$bench/corpus" "$n" "$n" "$shape"

pom() { # $1 = artifactId, $2 = the <plugin> element or nothing
  cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>$1</artifactId>
  <version>1.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
    <dataproduct.baseline>none</dataproduct.baseline>
  </properties>
  <dependencies>
    <dependency><groupId>org.apache.avro</groupId><artifactId>avro</artifactId><version>1.12.2</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>4.4.0</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.15.0</version></plugin>
      $2
    </plugins>
  </build>
</project>
POM
}

mkdir -p "$bench/avro/src/main" "$bench/ours/src/main" "$bench/floor/src/main/java"
cp -r "$bench/corpus/src/main/avro" "$bench/avro/src/main/"
cp -r "$bench/corpus/src/main/avro" "$bench/ours/src/main/"
cp "$bench/corpus/dataproduct.yaml" "$bench/ours/"
pom avro '<plugin><groupId>org.apache.avro</groupId><artifactId>avro-maven-plugin</artifactId><version>1.12.2</version>
        <configuration><stringType>String</stringType><enableDecimalLogicalType>true</enableDecimalLogicalType></configuration>
        <executions><execution><goals><goal>schema</goal></goals></execution></executions></plugin>' > "$bench/avro/pom.xml"
pom ours "<plugin><groupId>dev.dataproduct</groupId><artifactId>dataproduct-maven-plugin</artifactId><version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions></plugin>" > "$bench/ours/pom.xml"
pom floor '' > "$bench/floor/pom.xml"
# The floor checks in exactly what ours generates.
(cd "$bench/ours" && "${mvn[@]}" -q generate-sources >/dev/null)
tar -C "$bench/ours/target/generated-sources/dataproduct" --exclude=.dataproduct-generated -cf - . | tar -C "$bench/floor/src/main/java" -xf -
for lean in avro-classes avro-classes-lean; do
  mkdir -p "$bench/$lean/src/main/java"
  # One tar reading the list: xargs would start several for a long list, and the reader stops at
  # the first one's end.
  (cd "$bench/floor/src/main/java" && find . -name '*.java' -not -path '*/runtime/*' -not -name '*Producer.java' -not -name '*Consumer.java' -print0 \
    | tar --null -T - -cf - ) | tar -C "$bench/$lean/src/main/java" -xf -
done
pom avro-classes '' > "$bench/avro-classes/pom.xml"
pom avro-classes-lean '' | grep -v kafka-clients > "$bench/avro-classes-lean/pom.xml"
echo "corpus: $n schemas, $n output ports; $(find "$bench/floor/src/main/java" -name '*.java' | wc -l) generated files, $(find "$bench/floor/src/main/java" -name '*.java' -exec cat {} + | wc -l) lines"

results=$bench/results.tsv
printf 'round\tproject\tstep\twall\tcpu\trss_kib\n' > "$results"
measure() { # $1 round, $2 project, $3 step, rest: maven arguments; appends one row
  local round=$1 project=$2 step=$3 out
  shift 3
  out=$(mktemp)
  (cd "$bench/$project" && /usr/bin/time -f '%e %U %S %M' -o "$out" "${mvn[@]}" -q "$@" >"$bench/$project.log" 2>&1) \
    || { echo "$project $step failed; see $bench/$project.log" >&2; cat "$bench/$project.log" >&2; exit 1; }
  awk -v r="$round" -v p="$project" -v s="$step" '{ printf "%s\t%s\t%s\t%.2f\t%.2f\t%d\n", r, p, s, $1, $2 + $3, $4 }' "$out" >> "$results"
  rm -f "$out"
}
# Round 0 warms the file cache and is not counted; WARM=0 leaves it out (for the long runs at 2,000).
for round in $(seq "$([ "${WARM:-1}" = 0 ] && echo 1 || echo 0)" "$rounds"); do
  for project in $projects; do
    step_before=
    for step in $steps; do
      case $step in
        generate) rm -rf "$bench/$project/target"; measure "$round" "$project" generate generate-sources ;;
        clean) rm -rf "$bench/$project/target"; measure "$round" "$project" clean compile ;;
        exports) rm -rf "$bench/$project/target"; measure "$round" "$project" exports generate-sources -Ddataproduct.exports=always ;;
        noop) [ "$step_before" = clean ] || (cd "$bench/$project" && "${mvn[@]}" -q compile >/dev/null); measure "$round" "$project" noop compile ;;
      esac
      step_before=$step
    done
  done
  echo "round $round of $rounds done"
done

awk -F'\t' -v n="$n" -v rounds="$rounds" -v shape="$shape" '
  function median(key,   k, c, i, j, t, a) {
    c = split(values[key], a, " ")
    if (c == 0) return 0
    for (i = 2; i <= c; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
  }
  function ratio(x, y) { return (x > 0 && y > 0) ? sprintf("%.2f", x / y) : "" }
  NR > 1 && $1 > 0 {
    for (m = 4; m <= 6; m++) { key = $2 SUBSEP $3 SUBSEP m; values[key] = values[key] (values[key] == "" ? "" : " ") $m }
  }
  END {
    printf "N = %d schemas and ports (%s), median of %d interleaved rounds (CPU = user + sys seconds of the whole Maven process)\n\n", n, shape, rounds
    printf "| step | avro-maven-plugin | ours | floor | ours / avro | ours / floor |\n| --- | --- | --- | --- | --- | --- |\n"
    split("generate exports clean noop", steps, " ")
    for (s = 1; s <= 4; s++) {
      st = steps[s]
      a = median("avro" SUBSEP st SUBSEP 5); o = median("ours" SUBSEP st SUBSEP 5); f = median("floor" SUBSEP st SUBSEP 5)
      if (median("ours" SUBSEP st SUBSEP 5) == 0 && median("avro" SUBSEP st SUBSEP 5) == 0) continue
      a = median("avro" SUBSEP st SUBSEP 5); o = median("ours" SUBSEP st SUBSEP 5); f = median("floor" SUBSEP st SUBSEP 5)
      printf "| %s, CPU s | %.1f | %.1f | %.1f | %s | %s |\n", st, a, o, f, ratio(o, a), ratio(o, f)
      a = median("avro" SUBSEP st SUBSEP 4); o = median("ours" SUBSEP st SUBSEP 4); f = median("floor" SUBSEP st SUBSEP 4)
      printf "| %s, wall s | %.1f | %.1f | %.1f | %s | %s |\n", st, a, o, f, ratio(o, a), ratio(o, f)
      a = median("avro" SUBSEP st SUBSEP 6); o = median("ours" SUBSEP st SUBSEP 6); f = median("floor" SUBSEP st SUBSEP 6)
      printf "| %s, peak RSS MiB | %d | %d | %d | %s | %s |\n", st, a / 1024, o / 1024, f / 1024, ratio(o, a), ratio(o, f)
    }
    for (p = 1; p <= 2; p++) {
      lean = p == 1 ? "avro-classes" : "avro-classes-lean"
      if (median(lean SUBSEP "clean" SUBSEP 5) == 0) continue
      printf "\nclean compile of %s: %.1f CPU s, %d MiB peak RSS\n", lean, median(lean SUBSEP "clean" SUBSEP 5), median(lean SUBSEP "clean" SUBSEP 6) / 1024
    }
  }' "$results" | tee "$bench/summary.md"
echo "every run: $results"
