#!/usr/bin/env bash
# Fast Scanner benchmarks: the loopback exchange simulator, the end-to-end quick scan / deep analysis runs against
# the packaged jar, the SSE fan-out, three replicas on the Redis at 127.0.0.1:6379, the quick scan on simulated Bybit,
# OKX, Coinbase, Kraken and KuCoin, and the JMH micro-benchmarks.
# Writes bench/results/latest.md and latest.json (--smoke: target/bench/smoke/). Options: bench/run.sh --help
#   bench/run.sh            the full run (N = 20, 100, 400, 1000; 5 repetitions; 1000 SSE clients; JMH)
#   bench/run.sh --quick    2 repetitions and short JMH runs
#   bench/run.sh --smoke    a tiny run that proves the harness works (CI)
#   bench/run.sh --exchanges bybit,okx,coinbase,kraken,kucoin   only the quick scan on the other exchanges
#   bench/run.sh --live     only the live streams part (bench/results/live.md and live.json)
#   BENCH_SKIP_BUILD=1      reuse target/ as it is
set -euo pipefail
cd "$(dirname "$0")/.."

# --help needs no build: the usage is the USAGE text block of BenchOptions, read from its source
for arg in "$@"; do
    if [[ "$arg" == "-h" || "$arg" == "--help" ]]; then
        usage="$(sed -n '/String USAGE = """/,/""";/{//!p}' src/bench/java/io/fastscanner/bench/BenchOptions.java \
            2>/dev/null | sed 's/^            //')"
        if [[ -n "$usage" ]]; then
            printf '%s\n' "$usage"
        else
            sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0"
        fi
        exit 0
    fi
done

if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
    echo "== building the service jar and the bench code (./mvnw -Pbench package)"
    ./mvnw -B -q -Pbench -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
fi

# 1000 SSE clients need 1000+ sockets in this JVM and in the service's: raise the soft limit where allowed
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [[ "$(ulimit -n)" != "unlimited" && "$(ulimit -n)" -lt 4096 ]]; then
    echo "note: ulimit -n is $(ulimit -n); the SSE fan-out with 1000 clients may need more file descriptors" >&2
fi

exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    io.fastscanner.bench.BenchMain "$@"
