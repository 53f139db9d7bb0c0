"""Checks that the examples in the documentation are what the service answers.

Started by docs/check-examples.sh, which makes sure the packaged service exists. For each file of FILES, in that
order, then the other docs/*.md and bench/README.md, this script starts target/quarkus-app/quarkus-run.jar on a
free port (replay source, scheduled scans off), runs the file's examples in document order, compares each output
with the answer the document shows, and stops the service. Each file starts with a fresh service, so its examples
depend only on the examples before them in the same file.

An example is a ```sh block that calls curl on localhost:8080, followed by a ```json or ```text block: the answer.
The block runs in bash with localhost:8080 replaced by the service's address; its standard output is the answer.
Before each example the script waits until no scan is running (GET /api/scanner/results, status.isScanning), so
the deep analysis of the scans before it is complete.

Comparison:
- json: the output and the documented answer are read as a sequence of JSON values (pretty-printing and spacing
  do not matter) and must be equal, numbers digit for digit as written. The values of IGNORED_KEYS (scan ids,
  wall-clock times, durations) are not compared, but the keys must be there. In the documented answer `...` stands
  for what is left out: a value (`"signals": ...`), the remaining elements of an array (`[{...}, ...]`), or the
  remaining members of an object (`{"symbol": "BTC/USDT", ...}`).
- text: line by line (trailing spaces and blank lines at either end do not matter); a `data:` line whose rest is
  JSON on both sides is compared as json; the value of an `id:` line is not compared (event ids are time-based). Heartbeat comments (":heartbeat") in the output are dropped: when one
  arrives depends on the clock.

HTML comments, which readers do not see, give instructions:
- <!-- check: restart -Dkey=value ... --> restarts the service with these options (none: the plain service);
- <!-- check: skip --> leaves out the next ```sh block (e.g. a stream that never ends);
- <!-- check: ignore key ... --> also ignores these keys in the next example (values that depend on timing).

Exit status 0 when every example matches, 1 otherwise (every mismatch is printed with its differences).
Usage: docs/check-examples.sh [--jar PATH]
"""

import glob
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

FILES = ["README.md", "docs/analysis.md", "docs/operations.md", "docs/api.md"]  # then any other docs/*.md
JAR = "target/quarkus-app/quarkus-run.jar"
LOGS = "target/check-examples"
JVM = ["-Xmx224m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
BASE_OPTIONS = ["-Dscanner.schedule.enabled=false"]
DOC_ADDRESS = "localhost:8080"
IGNORED_KEYS = frozenset({"scanId", "currentScanId", "supersededBy", "timestamp", "analyzedAt", "fetchedAt",
                          "durationMs", "id", "newestEventId", "lastEventId"})
ELLIPSIS = "\u0000..."
EXAMPLE_TIMEOUT_S = 30
START_TIMEOUT_S = 90
IDLE_TIMEOUT_S = 60


class Num:
    """A JSON number as written: compared by its text, so 1.2805619326691747E9 is not 1280561932.6691747."""

    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Num) and other.text == self.text

    def __repr__(self):
        return self.text


DECODER = json.JSONDecoder(parse_float=Num, parse_int=Num)


def json_values(text):
    """Every JSON value in text, in order; raises ValueError on anything else."""
    values, i = [], 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i == len(text):
            return values
        value, i = DECODER.raw_decode(text, i)
        values.append(value)


def with_ellipses(text):
    """The documented JSON with each `...` outside strings turned into a marker that json can read."""
    out, stack, last, i, in_string = [], [], "", 0, False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
            i += 1
            continue
        if text.startswith("...", i):
            marker = json.dumps(ELLIPSIS)
            if stack and stack[-1] == "{" and last in ("{", ","):
                out.append(marker + ": null")  # the object's other members
            else:
                out.append(marker)  # a value, or the array's other elements
            last = "..."
            i += 3
            continue
        if c == '"':
            in_string = True
        elif c in "{[":
            stack.append(c)
        elif c in "}]" and stack:
            stack.pop()
        if not c.isspace():
            last = c
        out.append(c)
        i += 1
    return "".join(out)


def differences(expected, actual, ignored, path="$"):
    """Where actual differs from the documented answer, as readable lines."""
    if expected == ELLIPSIS:
        return []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {show(actual)}"]
        found = []
        for key, value in expected.items():
            if key == ELLIPSIS:
                continue
            if key not in actual:
                found.append(f"{path}.{key}: missing")
            elif key not in ignored:
                found += differences(value, actual[key], ignored, f"{path}.{key}")
        if ELLIPSIS not in expected:
            found += [f"{path}.{key}: not in the documented answer ({show(actual[key])})"
                      for key in actual if key not in expected]
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{path}: expected an array, got {show(actual)}"]
        found = []
        for i, value in enumerate(expected):
            if value == ELLIPSIS:
                return found  # the other elements are left out
            if i >= len(actual):
                return found + [f"{path}: {len(actual)} elements, the documented answer has more"]
            found += differences(value, actual[i], ignored, f"{path}[{i}]")
        if len(actual) > len(expected):
            found.append(f"{path}: {len(actual)} elements, the documented answer has {len(expected)}")
        return found
    if type(expected) is not type(actual) or expected != actual:
        return [f"{path}: expected {show(expected)}, got {show(actual)}"]
    return []


def show(value, indent=None, level=0):
    """JSON text of a parsed value, numbers as they were written."""
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    if isinstance(value, Num):
        return value.text
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{" + ",".join(pad + json.dumps(k) + ": " + show(v, indent, level + 1) for k, v in value.items()) \
            + end + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ",".join(pad + show(v, indent, level + 1) for v in value) + end + "]"
    return json.dumps(value)


def compare_json(expected_text, output, ignored):
    try:
        expected = json_values(with_ellipses(expected_text))
    except ValueError as e:
        return [f"the documented answer is not JSON: {e}"]
    try:
        actual = json_values(output)
    except ValueError as e:
        return [f"the output is not JSON: {e}"]
    if len(expected) != len(actual):
        return [f"{len(actual)} JSON values in the output, {len(expected)} in the documented answer"]
    found = []
    for i, (e, a) in enumerate(zip(expected, actual)):
        found += differences(e, a, ignored, "$" if len(expected) == 1 else f"${i}")
    return found


def trimmed_lines(text):
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def without_heartbeats(lines):
    kept, after_heartbeat = [], False
    for line in lines:
        if line == ":heartbeat":
            after_heartbeat = True
        elif after_heartbeat and not line:
            after_heartbeat = False
        else:
            after_heartbeat = False
            kept.append(line)
    return kept


def compare_text(expected_text, output, ignored):
    expected = trimmed_lines(expected_text)
    actual = without_heartbeats(trimmed_lines(output))
    found = []
    for n in range(max(len(expected), len(actual))):
        e = expected[n] if n < len(expected) else None
        a = actual[n] if n < len(actual) else None
        if e is not None and a is not None and e.startswith("data:") and a.startswith("data:"):
            try:
                expected_data, actual_data = json_values(with_ellipses(e[5:])), json_values(a[5:])
            except ValueError:
                pass
            else:
                if len(expected_data) == len(actual_data) == 1:
                    found += [f"line {n + 1}: {d}"
                              for d in differences(expected_data[0], actual_data[0], ignored, "data")]
                    continue
        if e is not None and a is not None and e.startswith("id:") and a.startswith("id:") and "id" in ignored:
            continue  # event ids are time-based: each run has its own
        if e != a:
            found.append(f"line {n + 1}: expected {e!r}, got {a!r}")
    return found


class Block:
    def __init__(self, lang, text, line):
        self.lang, self.text, self.line = lang, text, line


class Example:
    def __init__(self, line, commands=None, answer=None, ignored=IGNORED_KEYS, restart=None):
        self.line, self.commands, self.answer, self.ignored, self.restart = line, commands, answer, ignored, restart


def read_document(path):
    """The fenced blocks, check instructions and other lines of a Markdown file, in order."""
    items, fence, lang, start, body = [], None, None, 0, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, line in enumerate(lines, 1):
        if fence:
            if line.strip() == fence:
                items.append(Block(lang, "\n".join(body), start))
                fence = None
            else:
                body.append(line)
            continue
        opening = re.match(r"^\s*(```+)\s*([\w-]*)", line)
        instruction = re.match(r"^\s*<!--\s*check:\s*(.*?)\s*-->\s*$", line)
        if opening:
            fence, lang, start, body = opening.group(1), opening.group(2).lower(), n, []
        elif instruction:
            items.append(("check", instruction.group(1).split(), n))
        elif line.strip():
            items.append(("prose", line, n))
    return items


def examples(path):
    """The examples and restarts of a Markdown file, in document order."""
    items = read_document(path)
    found, skip_next, ignore, i = [], False, set(), 0
    while i < len(items):
        item = items[i]
        i += 1
        if isinstance(item, tuple):
            kind, words, line = item
            if kind != "check":
                continue
            if words == ["skip"]:
                skip_next = True
            elif words[:1] == ["restart"]:
                found.append(Example(line, restart=words[1:]))
            elif words[:1] == ["ignore"] and len(words) > 1:
                ignore = set(words[1:])
            else:
                raise SystemExit(f"{path}:{line}: unknown check instruction '{' '.join(words)}'")
            continue
        if item.lang not in ("sh", "bash", "shell") or not re.search(r"\bcurl\b", item.text) \
                or DOC_ADDRESS not in item.text:
            continue
        if skip_next:
            skip_next = False
            continue
        answer = items[i] if i < len(items) else None
        if not isinstance(answer, Block) or answer.lang not in ("json", "text"):
            raise SystemExit(f"{path}:{item.line}: an example without its answer: follow the ```sh block with a "
                             "```json or ```text block, or put <!-- check: skip --> before it")
        found.append(Example(item.line, item.text, answer, IGNORED_KEYS | ignore))
        ignore = set()
        i += 1
    return found


class Service:
    def __init__(self, jar):
        self.jar, self.process, self.port, self.starts, self.log = jar, None, None, 0, None

    def start(self, options):
        self.starts += 1
        self.port = free_port()
        os.makedirs(LOGS, exist_ok=True)
        log_path = f"{LOGS}/service-{self.starts}.log"
        command = ["java", *JVM, f"-Dquarkus.http.port={self.port}", *BASE_OPTIONS, *options, "-jar", self.jar]
        print(f"== {' '.join(command)}", flush=True)
        begun = time.monotonic()
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the service exited with {self.process.returncode}; see {log_path}")
            try:
                with urllib.request.urlopen(f"http://localhost:{self.port}/q/health/ready", timeout=5) as r:
                    if r.status == 200:
                        print(f"   ready after {time.monotonic() - begun:.1f} s")
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"the service was not ready after {START_TIMEOUT_S} s; see {log_path}")

    def wait_until_idle(self):
        """Until no scan runs (status.isScanning turns false once the last scan's closing event is out) and the
        newest event is a closing one."""
        deadline = time.monotonic() + IDLE_TIMEOUT_S
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://localhost:{self.port}/api/scanner/results", timeout=10) as r:
                scanning = json.load(r)["status"]["isScanning"]
            if not scanning and self.last_event_name() in (None, "deepAnalysisComplete", "scanFailed", "scanSuperseded"):
                return
            time.sleep(0.05)
        raise SystemExit(f"a scan was still running after {IDLE_TIMEOUT_S} s")

    def last_event_name(self):
        """The name of the newest event on the stream (None before the first): read from the replay of the whole
        buffer (Last-Event-ID 0) up to the id the connected event names."""
        request = urllib.request.Request(f"http://localhost:{self.port}/api/scanner/events")
        request.add_header("Last-Event-ID", "0")
        newest, frame = None, {}
        with urllib.request.urlopen(request, timeout=10) as r:
            for raw in r:
                line = raw.decode().rstrip("\r\n")
                if line:
                    field, _, value = line.partition(":")
                    frame[field] = json.loads(value) if field == "data" else value
                    continue
                if frame.get("event") == "connected":
                    newest = frame["data"]["newestEventId"]
                    if newest is None:
                        return None
                elif frame.get("id") == newest:
                    return frame.get("event")
                frame = {}
        return None

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()
        self.process, self.log = None, None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(commands, port):
    script = commands.replace(DOC_ADDRESS, f"localhost:{port}")
    try:
        done = subprocess.run(["bash", "-c", script], capture_output=True, timeout=EXAMPLE_TIMEOUT_S)
        return done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"").decode(errors="replace"), f"timed out after {EXAMPLE_TIMEOUT_S} s"


def as_seen(output, lang):
    """The output as the reader sees it, unless it is one long line of JSON: that is indented."""
    if lang == "json" and len(output.strip().split("\n")) == 1 and len(output) > 120:
        try:
            return "\n".join(show(v, indent=2) for v in json_values(output))
        except ValueError:
            pass
    return output.rstrip("\n")


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    arguments = sys.argv[1:]
    if arguments[:1] == ["--jar"] and len(arguments) == 2:
        jar = os.path.abspath(arguments[1])
    elif not arguments:
        jar = JAR
    else:
        print("usage: docs/check-examples.sh [--jar PATH]", file=sys.stderr)
        return 2
    files = FILES + sorted(set(glob.glob("docs/*.md")) - set(FILES)) + ["bench/README.md"]
    plan = [(path, example) for path in files for example in examples(path)]
    service = Service(jar)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    checked, failed, current = 0, 0, None
    started = time.monotonic()
    try:
        for path, example in plan:
            if path != current or example.restart is not None:
                current = path
                service.stop()
                service.start(example.restart or [])
                if example.restart is not None:
                    continue
            begun = time.monotonic()
            service.wait_until_idle()
            output, errors = run(example.commands, service.port)
            compare = compare_json if example.answer.lang == "json" else compare_text
            found = compare(example.answer.text, output, example.ignored)
            checked += 1
            if not found:
                print(f"ok {path}:{example.line} ({time.monotonic() - begun:.1f} s)")
                continue
            failed += 1
            print(f"\nMISMATCH {path}:{example.line}\n$ {example.commands}")
            for difference in found[:25]:
                print(f"  {difference}")
            if len(found) > 25:
                print(f"  ... and {len(found) - 25} more")
            print(f"-- the service answered:\n{as_seen(output, example.answer.lang)}")
            if errors.strip():
                print(f"-- standard error:\n{errors.rstrip()}")
            print()
    finally:
        service.stop()
    print(f"\n{checked} examples checked in {time.monotonic() - started:.1f} s, {failed} mismatches")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
