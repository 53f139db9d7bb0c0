#!/usr/bin/env bash
# Makes an AOT cache of the packaged service with a training run (JDK 25+): starts the service with
# -XX:AOTCacheOutput against the loopback exchange simulator, runs two scans with their deep phases, stops it.
#   bench/training-run.sh --java /usr/lib/jvm/temurin-25-jdk-amd64 [--aot-cache target/bench/app.aot]
# Then measure the cold start with and without it (same build, so BENCH_SKIP_BUILD=1):
#   BENCH_SKIP_BUILD=1 bench/run.sh --java /usr/lib/jvm/temurin-25-jdk-amd64 --aot-cache target/bench/app.aot
# The cache belongs to this build of the jar and this JDK: rebuilding makes it unusable. Other options are those of
# bench/run.sh (--jar, --xmx, --plain-jvm, --jvm-opt, -Dkey=value), as the service is to be started with the cache.
#   BENCH_SKIP_BUILD=1      reuse target/ as it is
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    echo "== building the service jar and the bench code (./mvnw -Pbench package)"
    ./mvnw -B -q -Pbench -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
fi

exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" io.fastscanner.bench.TrainingRun "$@"
