"""A small fictional web of gemeente sites on 127.0.0.1, one port per site.

Used by the crawler tests (hostile sites: slow, redirect loops, 100 MB pages, robots.txt that forbids, links
to
private addresses) and by the demo. Every loop here is bounded in bytes and time and stops when the web
closes,
and it only ever listens on the loopback address.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from toegang.demo_web import content

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Static:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200


@dataclass(frozen=True, slots=True)
class Redirect:
    location: str
    status: int = 302


@dataclass(frozen=True, slots=True)
class Trickle:
    """Headers at once, then one byte at a time: never finishes within any sane timeout."""

    interval: float = 0.2


@dataclass(frozen=True, slots=True)
class Hang:
    """Accept the request and never answer (until the web closes or the hang time is over)."""


@dataclass(frozen=True, slots=True)
class Stream:
    """A huge page generated while it is sent (nothing stored); optionally announced with Content-Length."""

    size: int
    declare_length: bool


Reply = Static | Redirect | Trickle | Hang | Stream
Route = Callable[[str, dict[str, list[str]]], Reply | None]


@dataclass(frozen=True, slots=True)
class SiteDef:
    """One fictional site: a name (also its key), a title for people, and a router."""

    name: str
    title: str
    route: Route
    delay: float = 0.0


@dataclass(slots=True)
class LogEntry:
    site: str
    path: str
    started: float
    status: int | None = None
    completed: bool = False
    held: bool = False
    bytes_sent: int = 0


def _html(text: str) -> Static:
    return Static(text.encode("utf-8"))


def _static_router(
    pages: dict[str, str],
    redirects: dict[str, tuple[int, str]] | None = None,
    extra: Callable[[str, dict[str, list[str]]], Reply | None] | None = None,
) -> Route:
    def route(path: str, query: dict[str, list[str]]) -> Reply | None:
        if extra is not None:
            reply = extra(path, query)
            if reply is not None:
                return reply
        if redirects and path in redirects:
            status, location = redirects[path]
            return Redirect(location, status)
        text = pages.get(path)
        if text is None:
            return None
        if path.endswith(".txt"):
            return Static(text.encode("utf-8"), "text/plain; charset=utf-8")
        if path.endswith(".xml"):
            return Static(text.encode("utf-8"), "application/xml")
        return _html(text)

    return route


def _goed_extra(path: str, query: dict[str, list[str]]) -> Reply | None:
    if path == "/zoeken":
        return _html(content.goed_search(" ".join(query.get("q", []))))
    if path == "/formulieren/aanvraag-bijstand.pdf":
        return Static(content.TINY_PDF, "application/pdf")
    return None


def _dwaal_extra(path: str, query: dict[str, list[str]]) -> Reply | None:
    if path == "/zoeken":
        return _html(content.dwaal_search(" ".join(query.get("zoekterm", []))))
    return None


def _traag_extra(path: str, query: dict[str, list[str]]) -> Reply | None:
    if path == "/nieuws/archief":
        return Trickle()
    if path == "/formulier/bijstand":
        return Hang()
    return None


def _rondom_extra(path: str, query: dict[str, list[str]]) -> Reply | None:
    prefix = "/steeds-verder/"
    if path.startswith(prefix) and path[len(prefix) :].isdigit():
        step = int(path[len(prefix) :])
        return Redirect(f"{prefix}{step + 1}", 302)
    return None


def default_sites(big_size: int = 100 * 1024 * 1024, slow_delay: float = 0.3) -> list[SiteDef]:
    """The fictional web of the test suite and the demo, in a fixed order."""

    def groot_extra(path: str, query: dict[str, list[str]]) -> Reply | None:
        if path in content.GROOT_STREAMS:
            return Stream(big_size, content.GROOT_STREAMS[path])
        return None

    return [
        SiteDef("goed", "Gemeente Goedestad", _static_router(content.GOED_PAGES, extra=_goed_extra)),
        SiteDef("onvolledig", "Gemeente Halverwaarde", _static_router(content.ONVOLLEDIG_PAGES)),
        SiteDef(
            "misleidend", "Gemeente Dwaalwijk", _static_router(content.MISLEIDEND_PAGES, extra=_dwaal_extra)
        ),
        SiteDef(
            "traag",
            "Gemeente Slakkenveen",
            _static_router(content.TRAAG_PAGES, extra=_traag_extra),
            slow_delay,
        ),
        SiteDef(
            "omleiding",
            "Gemeente Rondom",
            _static_router(content.OMLEIDING_PAGES, content.OMLEIDING_REDIRECTS, extra=_rondom_extra),
        ),
        SiteDef("groot", "Gemeente Zwaarveld", _static_router(content.GROOT_PAGES, extra=groot_extra)),
        SiteDef("verboden", "Gemeente Slotburg", _static_router(content.VERBODEN_PAGES)),
        SiteDef("prive", "Gemeente Achterdeur", _static_router(content.PRIVE_PAGES, content.PRIVE_REDIRECTS)),
        SiteDef("werkplein", "Werkplein Halverwaarde en omstreken", _static_router(content.WERKPLEIN_PAGES)),
    ]


@dataclass
class _Shared:
    """State shared by all handler threads of one DemoWeb."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    log: list[LogEntry] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    hold_after: int | None = None
    completed: int = 0
    max_seconds: float = 30.0
    bases: dict[str, str] = field(default_factory=dict)


class DemoWeb:
    """Serve the fictional sites on 127.0.0.1; use as a context manager.

    `hold_after(n)` makes the web hold every request after n completed responses (it neither answers nor
    closes) until `release()`; held requests are then dropped unanswered. The crash test uses this to kill a
    crawler at a known point.
    """

    def __init__(
        self,
        sites: list[SiteDef] | None = None,
        *,
        ports: dict[str, int] | None = None,
        max_seconds: float = 30.0,
    ) -> None:
        self._defs = sites if sites is not None else default_sites()
        self._ports = ports or {}
        self._shared = _Shared(max_seconds=max_seconds)
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []

    # -- lifecycle
    # ---------------------------------------------------------------------------------------------

    def start(self) -> DemoWeb:
        for site in self._defs:
            handler = _make_handler(site, self._shared)
            server = ThreadingHTTPServer((LOOPBACK, self._ports.get(site.name, 0)), handler)
            server.daemon_threads = True
            self._servers[site.name] = server
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._threads.append(thread)
        for name in self._servers:
            self._shared.bases[name] = self.base_url(name)
        return self

    def close(self) -> None:
        self._shared.stop.set()
        self._shared.release.set()
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> DemoWeb:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- addresses
    # ---------------------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [s.name for s in self._defs]

    def title(self, name: str) -> str:
        return next(s.title for s in self._defs if s.name == name)

    def port(self, name: str) -> int:
        return int(self._servers[name].server_address[1])

    def base_url(self, name: str) -> str:
        return f"http://{LOOPBACK}:{self.port(name)}"

    def netloc(self, name: str) -> str:
        return f"{LOOPBACK}:{self.port(name)}"

    # -- request log and the hold gate
    # -------------------------------------------------------------------------

    def log(self, site: str | None = None) -> list[LogEntry]:
        with self._shared.lock:
            return [e for e in self._shared.log if site is None or e.site == site]

    def reset_log(self) -> None:
        with self._shared.lock:
            self._shared.log.clear()
            self._shared.completed = 0

    @property
    def completed_count(self) -> int:
        with self._shared.lock:
            return self._shared.completed

    @property
    def held_count(self) -> int:
        with self._shared.lock:
            return sum(1 for e in self._shared.log if e.held)

    def hold_after(self, completed: int) -> None:
        with self._shared.lock:
            self._shared.hold_after = completed
            self._shared.release.clear()

    def release(self) -> None:
        with self._shared.lock:
            self._shared.hold_after = None
        self._shared.release.set()


def _make_handler(site: SiteDef, shared: _Shared) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "DemoGemeente/1.0"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the request log is kept in memory instead."""

        def do_GET(self) -> None:
            entry = LogEntry(site=site.name, path=self.path, started=time.monotonic())
            with shared.lock:
                shared.log.append(entry)
                hold = shared.hold_after is not None and shared.completed >= shared.hold_after
                entry.held = hold
            if hold:
                shared.release.wait(timeout=shared.max_seconds)
                self.close_connection = True
                return
            if site.delay and shared.stop.wait(site.delay):
                return
            parts = urlsplit(self.path)
            reply = site.route(parts.path or "/", parse_qs(parts.query))
            try:
                self._send(reply, entry)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                self.close_connection = True
                return
            if entry.completed:
                with shared.lock:
                    shared.completed += 1

        def _base(self) -> str:
            return f"http://{LOOPBACK}:{int(self.connection.getsockname()[1])}"

        def _head(self, status: int, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()

        def _send(self, reply: Reply | None, entry: LogEntry) -> None:
            if reply is None:
                reply = Static(
                    b"<!doctype html><title>Niet gevonden</title><h1>Pagina niet gevonden</h1>", status=404
                )
            if isinstance(reply, Static):
                body = reply.body.replace(b"{{BASE}}", self._base().encode("ascii"))
                for name, base in shared.bases.items():
                    body = body.replace(b"{{SITE:" + name.encode() + b"}}", base.encode("ascii"))
                entry.status = reply.status
                self._head(
                    reply.status, {"Content-Type": reply.content_type, "Content-Length": str(len(body))}
                )
                self.wfile.write(body)
                self.wfile.flush()
                entry.bytes_sent = len(body)
                entry.completed = True
            elif isinstance(reply, Redirect):
                entry.status = reply.status
                self._head(reply.status, {"Location": reply.location, "Content-Length": "0"})
                self.wfile.flush()
                entry.completed = True
            elif isinstance(reply, Trickle):
                entry.status = 200
                self.close_connection = True
                self._head(200, {"Content-Type": "text/html; charset=utf-8", "Connection": "close"})
                self.wfile.write(b"<!doctype html><html><body><p>")
                deadline = time.monotonic() + shared.max_seconds
                while time.monotonic() < deadline and not shared.stop.wait(reply.interval):
                    self.wfile.write(b".")
                    self.wfile.flush()
                    entry.bytes_sent += 1
            elif isinstance(reply, Hang):
                self.close_connection = True
                shared.stop.wait(shared.max_seconds)
            elif isinstance(reply, Stream):
                self._stream(reply, entry)

        def _stream(self, reply: Stream, entry: LogEntry) -> None:
            entry.status = 200
            headers = {"Content-Type": "text/html; charset=utf-8"}
            if reply.declare_length:
                headers["Content-Length"] = str(reply.size)
            else:
                headers["Transfer-Encoding"] = "chunked"
            self._head(200, headers)
            chunk = (b"<p>" + b"Artikel 1. Deze regel staat hier heel vaak. " * 1400 + b"</p>\n")[:65536]
            sent = 0
            deadline = time.monotonic() + shared.max_seconds
            while sent < reply.size and not shared.stop.is_set() and time.monotonic() < deadline:
                part = chunk[: reply.size - sent]
                if reply.declare_length:
                    self.wfile.write(part)
                else:
                    self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                sent += len(part)
                entry.bytes_sent = sent
            if sent >= reply.size:
                if not reply.declare_length:
                    self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
                entry.completed = True

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            super().send_error(code, message or HTTPStatus(code).phrase, explain)

    return Handler
