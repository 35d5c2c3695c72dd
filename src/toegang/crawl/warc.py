"""WARC files: every response (with its request) as fetched, so each finding can be traced to bytes and a
time.

One gzip member per record, so a byte offset points at a record and a file can be cut back to any record
boundary. Each process run writes its own file; on resume, bytes after the last committed record (a record
torn by
kill -9, or one whose database row never got written) are cut off before anything else happens.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from toegang import __version__
from toegang.crawl.state import WarcPointer

Headers = list[tuple[str, str]]


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and its response, as the downloader saw them."""

    url: str
    method: str
    request_target: str
    request_headers: Headers
    status: int
    protocol: str
    response_headers: Headers
    body: bytes
    fetched_at: datetime
    ip_address: str | None = None


class WarcFile:
    """Append records to one WARC file and report where each landed."""

    def __init__(self, path: Path, *, fsync: bool = True, software: str = "") -> None:
        self.path = path
        self.name = path.name
        self.fsync = fsync
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: BinaryIO = open(path, "ab")  # noqa: SIM115 - kept open for the whole run
        self._writer = WARCWriter(self._fh, gzip=True)
        self.info_end = 0
        if self._fh.tell() == 0:
            info = self._writer.create_warcinfo_record(
                self.name,
                {
                    "software": software or f"toegang/{__version__}",
                    "format": "WARC File Format 1.1",
                    "description": "Toegang nulmeting: pages of gemeente sites about applying for bijstand",
                    "robots": "obey",
                },
            )
            self._writer.write_record(info)
            self._flush()
        self.info_end = self._fh.tell()

    def _flush(self) -> None:
        self._fh.flush()
        if self.fsync:
            os.fsync(self._fh.fileno())

    def write(self, ex: Exchange) -> WarcPointer:
        """Write response then request; the pointer is the response record, `end` covers both."""
        date = datetime_to_iso_date(ex.fetched_at, use_micros=True)
        headers = [(k, v) for k, v in ex.response_headers if k.lower() != "transfer-encoding"]
        headers += [
            ("X-Archive-Orig-Transfer-Encoding", v)
            for k, v in ex.response_headers
            if k.lower() == "transfer-encoding"
        ]
        http = StatusAndHeaders(f"{ex.status} {reason_phrase(ex.status)}", headers, protocol=ex.protocol)
        warc_headers: dict[str, str] = {"WARC-Date": date}
        if ex.ip_address:
            warc_headers["WARC-IP-Address"] = ex.ip_address
        response = self._writer.create_warc_record(
            ex.url, "response", payload=io.BytesIO(ex.body), http_headers=http, warc_headers_dict=warc_headers
        )
        request_http = StatusAndHeaders(
            f"{ex.method} {ex.request_target} HTTP/1.1", ex.request_headers, is_http_request=True
        )
        request = self._writer.create_warc_record(
            ex.url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=request_http,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        offset = self._fh.tell()
        self._writer.write_record(response)
        length = self._fh.tell() - offset
        self._writer.write_record(request)
        self._flush()
        return WarcPointer(file=self.name, offset=offset, length=length, end=self._fh.tell())

    def close(self) -> None:
        self._fh.close()


def repair(warc_dir: Path, committed: Mapping[str, int]) -> list[str]:
    """Cut every WARC file back to its last committed byte; remove files nobody committed to.

    Returns the names of the files changed. After this, every record in the folder is referenced by the state
    database (or is a file's warcinfo record).
    """
    changed: list[str] = []
    if not warc_dir.exists():
        return changed
    for path in sorted(warc_dir.glob("*.warc.gz")):
        end = committed.get(path.name, 0)
        size = path.stat().st_size
        if end <= 0:
            path.unlink()
            changed.append(path.name)
        elif size > end:
            with open(path, "r+b") as fh:
                fh.truncate(end)
                fh.flush()
                os.fsync(fh.fileno())
            changed.append(path.name)
    return changed


@dataclass(frozen=True, slots=True)
class StoredResponse:
    url: str
    date: str
    status: int
    headers: Headers
    body: bytes


def read_response(path: Path, offset: int) -> StoredResponse:
    """Read the response record at `offset`; the body is decoded (chunked and gzip/br removed) as a browser
    would."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            http = record.http_headers
            body = record.content_stream().read()
            return StoredResponse(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                date=record.rec_headers.get_header("WARC-Date"),
                status=int(http.get_statuscode()) if http else 0,
                headers=list(http.headers) if http else [],
                body=body,
            )
    raise ValueError(f"no WARC record at {path}:{offset}")


def iter_records(path: Path) -> Iterable[tuple[int, str, str]]:
    """(offset, record type, target URI) of every record: for checks and debugging."""
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            yield (
                it.get_record_offset(),
                record.rec_type,
                record.rec_headers.get_header("WARC-Target-URI") or "",
            )
