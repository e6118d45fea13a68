#!/usr/bin/env bash
# Runs the JMH microbenchmarks of the core (test sources of module core, package dev.dataproduct.bench).
# Usage, from the project root:  benchmarks/jmh.sh [JMH arguments, e.g. ValidateBenchmark -p portsAndSchemas=50:500]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl core -am test-compile
cp_file=$(mktemp)
./mvnw -B -q -pl core dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "core/target/test-classes:core/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$@"
