#!/usr/bin/env bash
# Checks that every example in README.md and docs/ is what the service answers: starts the packaged service on the
# replay source (scheduled scans off) on a free port, runs the examples in document order, compares each output
# with the answer shown below it, and stops the service. How examples are written: docs/check_examples.py.
# Builds nothing unless target/quarkus-app/quarkus-run.jar is missing (--jar PATH checks another build).
# Exit status 1 on any mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java python3 curl jq; do
    command -v "$tool" >/dev/null || { echo "docs/check-examples.sh needs $tool on the PATH" >&2; exit 2; }
done
if [[ "$(jq --version)" != "jq-1.6" ]]; then
    echo "note: the documents show what jq 1.6 (Debian 12's) prints; $(jq --version) may print some numbers differently"
fi
if [[ " $* " != *" --jar "* && ! -f target/quarkus-app/quarkus-run.jar ]]; then
    echo "== target/quarkus-app/quarkus-run.jar is missing: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi
exec python3 docs/check_examples.py "$@"
