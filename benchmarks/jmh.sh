#!/usr/bin/env bash
# Runs the JMH microbenchmarks of the plugin (test sources, package dev.dataproduct.bench).
# Usage, from the project root:  benchmarks/jmh.sh [JMH arguments, e.g. ValidateBenchmark -p portsAndSchemas=50:500]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl plugin -am test-compile
cp_file=$(mktemp)
./mvnw -B -q -pl plugin dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "plugin/target/test-classes:plugin/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$@"
