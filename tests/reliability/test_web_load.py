"""`accord serve` under load and attack, on loopback only.

One real server (the `accord serve` command, uvicorn in its own process) over
a database of the test statements, the shared corpus and hostile statements
made here. A bounded load from a threaded keep-alive client; hostile text
in pages; bodies over the size limit; the JSON API fuzzed from its own
OpenAPI schema (schemathesis) and with malformed bodies (hypothesis); an
ingest while the server serves. Every loop is bounded in count and time.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("accord.web.app", reason="the web app (src/accord/web) is not there yet")

from accord.store import Store  # noqa: E402
from tests.conftest import SHARED, STATEMENTS  # noqa: E402
from tests.reliability import dbcheck  # noqa: E402
from tests.reliability.conftest import accord_cmd  # noqa: E402
from tests.store.test_kill import _many_statements  # noqa: E402

AREA = "web"
MAX_REQUESTS = 20_000
LOAD_SECONDS = 30.0  # the load stops at MAX_REQUESTS or after this long, whichever comes first
CONCURRENCY = 32


# -- hostile statements -------------------------------------------------------------------------

LONG_WORD = "Deterrence" * 1_000  # one word of 10,000 characters
HOSTILE = {
    # ordinal: (what it carries, the marker text put into an act's sentence and into the title)
    91: ("script tags", "<script>alert('accord-xss-1')</script>"),
    92: ("event-handler attributes", "<img src=x onerror=\"alert('accord-xss-2')\"><b onmouseover=alert(3)>x</b>"),
    93: ("attribute and tag breakout", "\"'><svg/onload=alert('accord-xss-4')></textarea></title><!--"),
    94: ("a javascript: link and template syntax", "<a href=\"javascript:alert('accord-xss-5')\">go</a> {{ 7*7 }} {% raw %}"),
    95: ("a 10,000-character word", LONG_WORD),
    96: ("right-to-left marks and overrides", "\u202eSEDIS OWT EHT\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200f \u2067عربى\u2069"),
    97: ("zero-width joiners and spaces", "deter\u200drence \U0001F469\u200d\U0001F469\u200d\U0001F467 co\u200bop\u2060eration"),
}


def hostile_statement(ordinal: int, marker: str) -> str:
    base = (STATEMENTS / "kidd-26-2025.txt").read_text(encoding="utf-8")
    text = base.replace("26th", f"{ordinal}st" if ordinal % 10 == 1 else f"{ordinal}th")
    text = text.replace("Integrated Defense Dialogue\n", f"Integrated Defense Dialogue {marker}\n", 1)
    text = text.replace("agreed that the conditions-based transition",
                        f"agreed that {marker} the conditions-based transition")
    return text.replace("discussed ways to expand cooperation in space",
                        f"discussed ways to expand cooperation in {marker} space")


# -- the server ------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    host: str
    port: int
    db: Path
    proc: subprocess.Popen
    keys: list[str] = field(default_factory=list)

    def connection(self, timeout: float = 30) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        return self.request("GET", path, headers=headers)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None) -> tuple[int, dict, bytes]:
        conn = self.connection()
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            conn.close()

    def alive(self) -> bool:
        try:
            return self.get("/api/meetings")[0] == 200
        except OSError:
            return False


@pytest.fixture(scope="module")
def served(tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("web-statements")
    for ordinal, (_, marker) in HOSTILE.items():
        (folder / f"hostile-{ordinal}.txt").write_text(hostile_statement(ordinal, marker), encoding="utf-8")
    db = tmp_path_factory.mktemp("web-db") / "accord.db"
    paths = [str(STATEMENTS), str(folder)] + ([str(SHARED / "corpus")] if (SHARED / "corpus").is_dir() else [])
    with Store.open(db) as store:
        results = list(store.ingest_paths(paths, pipeline=lambda: pipeline))
    assert all(r.status == "added" for r in results), [r for r in results if r.status != "added"]
    port = _free_port()
    proc = subprocess.Popen(accord_cmd("serve", "--db", db, "--port", port), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    s = Served("127.0.0.1", port, db, proc)
    deadline = time.monotonic() + 60
    while not s.alive():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"accord serve did not start: {proc.communicate()[1][-2000:]}")
        time.sleep(0.1)
    s.keys = [m["key"] for m in json.loads(s.get("/api/meetings")[2])]
    try:
        yield s
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# -- load ----------------------------------------------------------------------------------------

def _mix(served: Served) -> list[str]:
    """What a reader does: pages, the API, static files, search; weighted like a session."""
    keys = served.keys
    quote = urllib.parse.quote
    pages = ["/", "/threads", "/tracker", "/corrections", "/search?q=deterrence",
             "/search?q=denuclearization&act=reaffirm"] + [f"/round/{quote(k)}" for k in keys[:6]]
    api = ["/api/meetings", "/api/statements?limit=20", "/api/search?q=extended+deterrence", "/api/threads",
           "/api/milestones", "/api/corrections", "/api/vocabulary"] + [f"/api/meeting/{quote(k)}" for k in keys[:6]]
    static = ["/static/app.css", "/static/app.js", "/static/favicon.svg"]
    return pages + api * 2 + static * 3


@dataclass
class LoadResult:
    sent: int = 0
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(len(xs) * p))] * 1000 if xs else 0.0


def load(served: Served, paths: list[str], max_requests: int, seconds: float, concurrency: int = CONCURRENCY,
         stop: threading.Event | None = None) -> LoadResult:
    """GET the paths round-robin from ``concurrency`` keep-alive connections, bounded in count and time."""
    result = LoadResult()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    stop = stop or threading.Event()

    def worker():
        conn = served.connection()
        while not stop.is_set() and time.monotonic() < deadline:
            with lock:
                if result.sent >= max_requests:
                    return
                n = result.sent
                result.sent += 1
            path = paths[n % len(paths)]
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                r = conn.getresponse()
                r.read()
                status = r.status
                if r.getheader("connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
                conn.close()
                conn = served.connection()
            with lock:
                result.statuses[status] += 1
                result.latencies.append(time.perf_counter() - start)
                if status != 200 and len(result.failures) < 20:
                    result.failures.append(f"{status} {path}")
        conn.close()

    began = time.monotonic()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    result.seconds = time.monotonic() - began
    return result


def test_a_bounded_load_is_served_without_an_error(served, ledger):
    paths = _mix(served)
    for p in paths:  # every URL of the mix is good before the load starts
        assert served.get(p)[0] == 200, p
    r = load(served, paths, MAX_REQUESTS, LOAD_SECONDS)
    done = sum(r.statuses.values())
    rate = done / r.seconds if r.seconds else 0
    limit = "" if done >= MAX_REQUESTS else (
        f"{MAX_REQUESTS:,} requests at concurrency {CONCURRENCY}: at the {rate:.0f} requests a second this machine "
        f"serves the mix (one uvicorn process, whose app spends 10-25 ms on a page, and the client share 2 cores) "
        f"they would take {MAX_REQUESTS / max(rate, 1):.0f} s, so the load test stops at {LOAD_SECONDS:.0f} s after "
        f"{done:,}. Serving 20,000 in under a minute needs ~350/s: several server processes (uvicorn --workers) "
        f"on more cores, or cheaper pages.")
    note = "; stopped by the time bound (see Not tested)" if limit else ""
    ledger.case(AREA, f"load: GET a mix of {len(paths)} pages, API calls and static files at concurrency "
                      f"{CONCURRENCY}, keep-alive, bounded by {MAX_REQUESTS:,} requests or {LOAD_SECONDS:.0f} s",
                f"{done:,} requests served in {r.seconds:.1f} s ({rate:.0f}/s), p50 {r.percentile(0.5):.0f} ms, "
                f"p99 {r.percentile(0.99):.0f} ms; statuses {dict(r.statuses)}{note}",
                inputs=0, requests=done, errors=done - r.statuses[200], seconds=round(r.seconds, 1), limit=limit)
    assert r.failures == [], r.failures
    assert r.statuses[200] == done and done > 0
    assert served.alive() and served.proc.poll() is None


# -- hostile text ----------------------------------------------------------------------------------

def _injected(html_text: str) -> list[str]:
    """Markup in a page that no statement may put there: scripts with content, event handlers, javascript: URLs."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html_text)
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script" and (el.text or "").strip():
            found.append(f"inline <script>{(el.text or '')[:40]}")
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"<{el.tag} {name}=...>")
            if name.lower() in ("href", "src", "action", "formaction") and value.strip().lower().startswith("javascript:"):
                found.append(f"<{el.tag} {name}={value[:40]}>")
        if el.tag in ("svg", "img", "iframe", "object", "embed") and "accord-xss" in lxml_html.tostring(el, encoding=str):
            found.append(f"an injected <{el.tag}>")
    return found


@pytest.mark.parametrize("ordinal", list(HOSTILE))
def test_hostile_statement_text_is_escaped_and_the_page_renders(served, ordinal, ledger):
    what, marker = HOSTILE[ordinal]
    key = f"KIDD-{ordinal}"
    status, headers, body = served.get(f"/api/meeting/{key}")
    assert status == 200, body[:300]
    rec = json.loads(body)
    assert marker in rec["document"]["text"], "the text is stored as it was written"
    in_acts = sum(marker in s["text"] for s in rec["statements"])

    status, headers, page = served.get(f"/round/{key}", headers={"Accept": "text/html"})
    html_text = page.decode("utf-8")
    assert status == 200
    assert "script-src 'self'" in headers.get("content-security-policy", "")
    assert _injected(html_text) == []
    for raw in ("<script>alert(", "<img src=x", "<svg/onload", "onmouseover=alert(3)>", "<a href=\"javascript:"):
        if raw in marker:
            assert raw not in html_text, f"{raw!r} reached the page unescaped"
    if "<" not in marker:  # plain characters come through as they are
        assert marker in html_text or all(part in html_text for part in marker.split())
    else:
        assert "&lt;" in html_text
    status, _, search = served.get("/search?q=" + urllib.parse.quote(marker[:200]), headers={"Accept": "text/html"})
    assert status in (200, 422) and _injected(search.decode("utf-8")) == []
    ledger.case(AREA, f"hostile statement text: {what} (KIDD-{ordinal})",
                f"stored verbatim ({in_acts} acts carry it); round page 200 with it escaped, no script, handler "
                f"or javascript: URL in the DOM; searching for it: {status}", inputs=1, requests=3)


def test_pages_that_list_hostile_acts_escape_them(served, ledger):
    pages = ["/", "/threads", "/tracker", "/corrections", "/search?q=conditions-based+transition",
             "/search?q=" + urllib.parse.quote("<script>alert"), "/search?q=deterrence&act=agree"]
    got = {}
    for page in pages:
        status, _, body = served.get(page, headers={"Accept": "text/html"})
        got[page] = (status, _injected(body.decode("utf-8")))
    ledger.case(AREA, f"hostile acts in lists: {len(pages)} pages that show many statements (overview, threads, "
                      "tracker, search results)", ", ".join(f"{p} {s}" for p, (s, _) in got.items()),
                requests=len(pages), errors=sum(s != 200 or bool(i) for s, i in got.values()))
    assert all(status == 200 and not injected for status, injected in got.values()), got
    hits = json.loads(served.get("/api/search?q=conditions-based+transition&limit=1000")[2])["hits"]
    assert any("accord-xss" in h["statement"]["text"] for h in hits), \
        "the search must find the hostile acts (else this test shows nothing)"


# -- size limit --------------------------------------------------------------------------------------

def _raw(served: Served, head: bytes, chunks: list[bytes]) -> int:
    """Send a raw request (to stream a body without a length) and return the status."""
    with socket.create_connection((served.host, served.port), timeout=30) as s:
        s.sendall(head)
        try:
            for c in chunks:
                s.sendall(c)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before the whole body was sent
        reply = b""
        while b"\r\n" not in reply:
            data = s.recv(4096)
            if not data:
                break
            reply += data
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/") else 0


def test_request_bodies_over_the_limit_are_refused_with_413(served, ledger):
    big = b'{"note": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    host = f"Host: {served.host}:{served.port}\r\n".encode()
    json_head = b"Content-Type: application/json\r\n"
    sid = urllib.parse.quote(json.loads(served.get("/api/statements?limit=1")[2])["statements"][0]["statement"]["id"])
    tries = {
        "a 2 MB JSON body with its Content-Length": _raw(served, b"POST /api/corrections HTTP/1.1\r\n" + host + json_head
                                                        + b"Content-Length: %d\r\n\r\n" % len(big), [big]),
        "a 2 MB JSON body streamed in chunks without a length": _raw(
            served, f"PUT /api/corrections/{sid} HTTP/1.1\r\n".encode() + host + json_head
            + b"Transfer-Encoding: chunked\r\n\r\n",
            [b"%x\r\n" % 65536 + big[i:i + 65536] + b"\r\n" for i in range(0, len(big), 65536)] + [b"0\r\n\r\n"]),
        "a 2 MB form post to a page": _raw(served, b"POST /round/KIDD-26/act/add HTTP/1.1\r\n" + host
                                           + b"Content-Type: application/x-www-form-urlencoded\r\n"
                                           + b"Content-Length: %d\r\n\r\n" % len(big), [b"note=" + big[:-5]]),
        "a Content-Length of 5 MB announced, 2 bytes sent": _raw(
            served, b"POST /api/corrections HTTP/1.1\r\n" + host + json_head + b"Content-Length: 5000000\r\n\r\n",
            [b"{}"]),
    }
    for what, status in tries.items():
        ledger.case(AREA, f"size limit: {what}", f"{status}", inputs=1, requests=1, refused=int(status == 413),
                    errors=int(status != 413))
    assert set(tries.values()) == {413}, tries
    assert served.alive()


# -- the API fuzzed ----------------------------------------------------------------------------------

def _real_ids(served: Served) -> dict[str, list[str]]:
    """Ids that exist, for half of the generated requests: a fuzzer that only meets 404s tests little."""
    get = lambda p: json.loads(served.get(p)[2])  # noqa: E731
    hostile = {f"KIDD-{n}" for n in HOSTILE}  # left for the tests that read them
    meetings = [m for m in get("/api/meetings") if m["key"] not in hostile]
    record = get(f"/api/meeting/{urllib.parse.quote(meetings[0]['key'])}")
    return {
        "key": [m["key"] for m in meetings[:5]],
        "document_id": [m["document_id"] for m in meetings[:5]],
        "statement_id": [s["id"] for s in record["statements"][:5]],
        "thread_id": [t["id"] for t in get("/api/threads")[:5]],
        "milestone_id": [m["id"] for m in get("/api/milestones")[:5]],
        "dialogue": ["KIDD", "SCM"],
    }


@dataclass
class Fuzzed:
    operations: int = 0
    sent: int = 0
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)       # a 5xx, or invalid input accepted
    off_schema: list[str] = field(default_factory=list)     # responses whose body or type contradict /openapi.json
    undocumented: Counter = field(default_factory=Counter)  # status codes /openapi.json does not list
    seconds: float = 0.0


def _failure(op, mode, case, e: BaseException) -> str:
    return (f"{op.method.upper()} {op.path} ({mode.value}): {' '.join(str(e).split())[:300]}\n"
            f"  {case.as_curl_command()[:300]}")


@pytest.fixture(scope="module")
def fuzzed(served) -> Fuzzed:
    """One schemathesis run over every operation of /openapi.json, valid and invalid inputs."""
    schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (dev extra)")
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode
    from schemathesis.checks import (content_type_conformance, negative_data_rejection, not_a_server_error,
                                     response_schema_conformance, status_code_conformance)

    schema = schemathesis.openapi.from_url(f"http://{served.host}:{served.port}/openapi.json")
    real = _real_ids(served)
    operations = [r.ok() for r in schema.get_all_operations()]
    out = Fuzzed(operations=len(operations))
    started = time.monotonic()

    def check(case, response, checks) -> BaseException | None:
        try:
            case.validate_response(response, checks=checks)
        except BaseException as e:  # noqa: BLE001 - schemathesis raises an exception group
            return e
        return None

    for op in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=op.as_strategy(generation_mode=mode), use_real=st.booleans(), pick=st.integers(0, 4))
            def run(case, use_real, pick):
                if use_real and mode is GenerationMode.POSITIVE:
                    for name in list(case.path_parameters or {}):
                        if real.get(name):
                            case.path_parameters[name] = real[name][pick % len(real[name])]
                response = case.call()
                out.sent += 1
                out.statuses[response.status_code] += 1
                if check(case, response, [status_code_conformance]):
                    out.undocumented[f"{response.status_code} from {op.method.upper()} {op.path}"] += 1
                e = check(case, response, [not_a_server_error, negative_data_rejection])
                if e and len(out.failures) < 10:
                    out.failures.append(_failure(op, mode, case, e))
                e = check(case, response, [response_schema_conformance, content_type_conformance])
                if e and len(out.off_schema) < 10:
                    out.off_schema.append(_failure(op, mode, case, e))

            try:
                run()
            except Unsatisfiable:
                pass  # no invalid value exists for this operation's inputs (a free string in the path)
    out.seconds = time.monotonic() - started
    return out


FUZZ_EXAMPLES = 15  # per operation and mode: 17 operations x 2 modes, about 500 requests


def test_the_api_fuzzed_from_its_openapi_schema_never_fails(served, fuzzed, ledger):
    f = fuzzed
    ledger.case(AREA, f"the JSON API fuzzed by schemathesis from /openapi.json: {f.operations} operations, "
                      f"{FUZZ_EXAMPLES} valid and {FUZZ_EXAMPLES} invalid inputs each, real ids in half the valid "
                      "ones; checks: no 5xx, invalid input refused with a 4xx, the declared content type",
                f"{f.sent} requests: statuses {dict(sorted(f.statuses.items()))}; {len(f.failures)} failures, "
                f"status codes the schema does not document: {len(f.undocumented)} kinds "
                f"({', '.join(sorted({k.split(' ', 1)[0] for k in f.undocumented}))})",
                inputs=f.sent, requests=f.sent, refused=sum(v for k, v in f.statuses.items() if 400 <= k < 500),
                errors=len(f.failures), seconds=round(f.seconds, 1))
    assert f.failures == [], "\n".join(f.failures)
    assert sum(n for code, n in f.statuses.items() if code >= 500) == 0
    assert served.alive()


def test_the_api_answers_as_its_openapi_schema_says(fuzzed, ledger):
    ledger.case(AREA, "the same fuzzed responses checked against the response schemas of /openapi.json",
                f"{len(fuzzed.off_schema)} responses contradict the schema", inputs=0, requests=0,
                errors=len(fuzzed.off_schema))
    assert fuzzed.off_schema == [], "\n".join(fuzzed.off_schema)


@pytest.mark.parametrize("field_name", ["actors", "topics"])
def test_a_correction_with_null_actors_or_topics_is_not_a_500(served, field_name, ledger):
    sid = json.loads(served.get("/api/statements?limit=1")[2])["statements"][0]["statement"]["id"]
    status, _, body = served.request("PUT", f"/api/corrections/{urllib.parse.quote(sid)}",
                                     json.dumps({"act": "note", field_name: None}).encode(),
                                     {"Content-Type": "application/json"})
    ledger.case(AREA, f'PUT /api/corrections/{{id}} with {{"act": "note", "{field_name}": null}} (found by the '
                      f'fuzzer)', f"{status} {body[:60].decode(errors='replace')}", requests=1,
                errors=int(status >= 500))
    assert status in (200, 422), body


# malformed bodies: what a JSON parser may choke on, and what is JSON but nonsense
MALFORMED = {
    "truncated JSON": b'{"act": "commit", "actors": ["KOR"',
    "not JSON": b"act=commit&actors=KOR",
    "invalid UTF-8": b'{"act": "\xff\xfe"}',
    "nesting 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
    "a 5,000-digit number": b'{"act": "note", "start": ' + b"9" * 5_000 + b"}",
    "NaN and Infinity": b'{"start": NaN, "end": Infinity, "act": "note"}',
    "a list, not an object": b'["act", "commit"]',
    "null": b"null",
    "empty": b"",
    "unknown fields": b'{"act": "commit", "drop": "table"}',
    "wrong types": b'{"act": 7, "actors": "KOR", "commitment": "yes"}',
}


def _send_malformed(served: Served, body: bytes) -> dict[str, int]:
    sid = urllib.parse.quote(json.loads(served.get("/api/statements?limit=1")[2])["statements"][0]["statement"]["id"])
    mid = json.loads(served.get("/api/milestones")[2])[0]["id"]
    headers = {"Content-Type": "application/json"}
    return {f"{m} {p}": served.request(m, p, body, headers)[0] for m, p in
            (("POST", "/api/corrections"), ("PUT", f"/api/corrections/{sid}"),
             ("POST", f"/api/milestone/{mid}/evidence"))}


def test_malformed_json_bodies_are_refused_never_a_5xx(served, ledger):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    seen: Counter = Counter()
    for what, body in MALFORMED.items():
        got = _send_malformed(served, body)
        seen.update(got.values())
        assert all(400 <= s < 500 for s in got.values()), (what, got)

    @settings(max_examples=40, deadline=None, database=None)
    @given(st.one_of(st.binary(max_size=300),
                     st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                                  lambda xs: st.lists(xs, max_size=4) | st.dictionaries(
                                      st.sampled_from(["act", "actors", "start", "end", "document", "topics",
                                                       "verdict", "evidence", "by", "note", "x"]), xs, max_size=5),
                                  max_leaves=12).map(lambda v: json.dumps(v, allow_nan=True).encode())))
    def fuzz(body):
        got = _send_malformed(served, body)
        seen.update(got.values())
        assert all(400 <= s < 500 or s in (200, 201) for s in got.values()), (body[:100], got)
        assert not any(s >= 500 for s in got.values())

    fuzz()
    sent = sum(seen.values())
    ledger.case(AREA, f"malformed bodies to the 3 JSON endpoints that take one: {len(MALFORMED)} hand-made "
                      "(truncated, invalid UTF-8, 100,000-deep nesting, a 5,000-digit number, NaN, ...) and 40 "
                      "generated (random bytes, random JSON)",
                f"{sent} requests: statuses {dict(sorted(seen.items()))}, never a 5xx", inputs=sent, requests=sent,
                refused=sum(v for k, v in seen.items() if 400 <= k < 500))
    assert served.alive()


def test_malformed_json_bodies_are_422(served):
    got = {what: _send_malformed(served, MALFORMED[what]) for what in
           ("truncated JSON", "invalid UTF-8", "nesting 100,000 deep", "a 5,000-digit number")}
    assert {s for g in got.values() for s in g.values()} == {422}, got


# -- an ingest while the server serves ------------------------------------------------------------

def test_an_ingest_while_serving_corrupts_nothing_and_the_server_keeps_answering(served, tmp_path, ledger):
    folder = tmp_path / "more"
    folder.mkdir()
    total = _many_statements(folder)
    before = len(json.loads(served.get("/api/meetings")[2]))
    stop = threading.Event()
    reads: dict[str, LoadResult] = {}
    reader = threading.Thread(target=lambda: reads.setdefault(
        "r", load(served, _mix(served), 100_000, 120, concurrency=4, stop=stop)), daemon=True)
    reader.start()
    ingest = subprocess.Popen(accord_cmd("ingest", folder, "--db", served.db), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    corrections = Counter()
    statements = json.loads(served.get(f"/api/meeting/KIDD-{max(HOSTILE)}")[2])["statements"]
    while ingest.poll() is None and sum(corrections.values()) < 5:  # analysts correct while the ingest writes
        s = statements[sum(corrections.values())]
        body = json.dumps({"act": "other", "by": "reliability", "note": "while ingesting"}).encode()
        corrections[served.request("PUT", f"/api/corrections/{urllib.parse.quote(s['id'])}", body,
                                   {"Content-Type": "application/json"})[0]] += 1
        time.sleep(0.2)
    out, err = ingest.communicate(timeout=300)
    stop.set()
    reader.join(timeout=60)
    r = reads["r"]
    assert ingest.returncode == 0, err
    assert f"Added {total}" in out
    assert set(corrections) <= {200}, corrections
    assert r.failures == [], r.failures
    assert served.alive()
    after = json.loads(served.get("/api/meetings")[2])
    assert len(after) == before + total, "new meetings show once the ingest has committed them"
    assert dbcheck.unsound(served.db) == []
    done = sum(r.statuses.values())
    ledger.case("faults", f"`accord ingest` of {total} statements into the database `accord serve` is serving, "
                          f"with 4 readers and {sum(corrections.values())} corrections through the API meanwhile",
                f"ingest exit 0; {done} reads all 200 during it; corrections {dict(corrections)}; the new "
                f"meetings are listed at once after; integrity ok", inputs=total, requests=done + 2,
                errors=done - r.statuses[200], seconds=round(r.seconds, 1))
