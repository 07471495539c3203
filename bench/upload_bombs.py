"""Upload bombs against the bulk proposal upload and the meeting import.

Each case is a full request through Django's WSGI handler (every
middleware, the CSRF check, the form, the reader), run in a fresh process
so that its time and memory are its own.  The request body is produced
lazily while the server reads it, so the bench itself holds no 200 MB
body.  Printed beside each case: the floor, a normal small upload measured
in the same run, and the ratio.

Peak memory is the growth of the process's resident set during the
request (VmHWM reset through /proc/self/clear_refs before it), after a
warm-up request has loaded the URL map, templates and catalogues.  The
issue asks: refused in under 1 s with memory under 100 MB.

    .venv/bin/python bench/upload_bombs.py
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _django import ensure_reference_data, setup

BOUNDARY = "benchboundary7c1f"
TOKEN = "a" * 32
HEADER = ["Başlık", "Açıklama", "Tür", "Temalar", "Kurum", "İlçe"]


# --- payloads --------------------------------------------------------------


def _workbook(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _with_part(data: bytes, name: str, write: Callable[[Any], None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as handle:
            write(handle)
    return out.getvalue()


def small_xlsx() -> bytes:
    return _workbook(
        [
            HEADER,
            ["Okul önüne yaya geçidi", "", "öneri", "transport", "", "Başakşehir"],
            ["Parka aydınlatma", "Akşamları karanlık", "sorun", "Yeşil alan", "", "Başakşehir"],
            ["Kayabaşı'na otobüs hattı", "", "talep", "transport", "", "Başakşehir"],
        ]
    )


def zip_bomb_xlsx() -> bytes:
    """A sheet of 1 GiB (spaces between the tags) in a file of about 1 MB."""

    def write(handle: Any) -> None:
        handle.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>"
        )
        chunk = b" " * (1024 * 1024)
        for _ in range(1024):
            handle.write(chunk)
        handle.write(b"</sheetData></worksheet>")

    return _with_part(_workbook([HEADER]), "xl/worksheets/sheet1.xml", write)


def shared_strings_xlsx() -> bytes:
    """600,000 distinct shared strings (about 14 MB inflated)."""

    def write(handle: Any) -> None:
        handle.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        for i in range(600_000):
            handle.write(b"<si><t>%d</t></si>" % i)
        handle.write(b"</sst>")

    return _with_part(_workbook([HEADER]), "xl/sharedStrings.xml", write)


def wide_xlsx() -> bytes:
    """20 rows of 16,384 columns each."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c).encode() for c in range(1, 16385)]

    def write(handle: Any) -> None:
        handle.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>"
        )
        for r in range(1, 21):
            cells = b"".join(b'<c r="%s%d"><v>1</v></c>' % (col, r) for col in letters)
            handle.write(b'<row r="%d">%s</row>' % (r, cells))
        handle.write(b"</sheetData></worksheet>")

    return _with_part(_workbook([HEADER]), "xl/worksheets/sheet1.xml", write)


class LazyBody:
    """A multipart body produced as it is read: (name, filename, size or
    bytes) parts, file content as repeated text."""

    def __init__(self, fields: list[tuple[str, str]], files: list[tuple[str, str, Any]]) -> None:
        self.length = 0
        self._parts: list[Any] = []
        for name, value in fields:
            self._add(
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for name, filename, content in files:
            self._add(
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            )
            if isinstance(content, int):
                self._parts.append(content)
                self.length += content
            else:
                self._add(content)
            self._add(b"\r\n")
        self._add(f"--{BOUNDARY}--\r\n".encode())
        self._stream = self._generate()
        self._buffer = b""
        self.served = 0

    def _add(self, data: bytes) -> None:
        self._parts.append(data)
        self.length += len(data)

    def _generate(self) -> Iterator[bytes]:
        line = "Toplantıda ilçenin ulaşım sorunları konuşuldu. ".encode() * 20
        for part in self._parts:
            if isinstance(part, int):
                left = part
                while left > 0:
                    piece = line[: min(left, len(line))]
                    left -= len(piece)
                    yield piece
            else:
                yield part

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            try:
                self._buffer += next(self._stream)
            except StopIteration:
                break
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        self.served += len(out)
        return out

    def readline(self, size: int = -1) -> bytes:
        return self.read(size)


# --- one case, in a child process --------------------------------------------


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def run_case(case: str) -> dict[str, Any]:
    # The parent migrated and collected the static files already.
    import django.core.management

    django.core.management.call_command = lambda *a, **k: None  # type: ignore[assignment]
    setup("upload_bombs")
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import Client

    from ortakmasa.accounts.models import Role, User
    from ortakmasa.registry.models import Institution

    basaksehir = Institution.objects.get(reference_key="municipality:district:34:Başakşehir")
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    liaison, _c = User.objects.get_or_create(
        username="bench-liaison", defaults={"role": Role.LIAISON, "institution": basaksehir}
    )
    office, _c = User.objects.get_or_create(
        username="bench-office", defaults={"role": Role.STRATEGY_OFFICE, "institution": ibb}
    )
    if case == "floor: normal 4-row XLSX upload":
        path, user = "/proposals/upload/", liaison
        body = LazyBody([("mode", "keep_good")], [("file", "oneriler.xlsx", small_xlsx())])
    elif case == "zip bomb XLSX (1 GiB sheet)":
        path, user = "/proposals/upload/", liaison
        body = LazyBody([("mode", "keep_good")], [("file", "oneriler.xlsx", zip_bomb_xlsx())])
    elif case == "600,000 shared strings":
        path, user = "/proposals/upload/", liaison
        data = shared_strings_xlsx()
        body = LazyBody([("mode", "keep_good")], [("file", "oneriler.xlsx", data)])
    elif case == "16,384 columns × 20 rows":
        path, user = "/proposals/upload/", liaison
        body = LazyBody([("mode", "keep_good")], [("file", "oneriler.xlsx", wide_xlsx())])
    elif case == "meeting import 10 × 20 MB":
        path, user = "/meetings/imports/", office
        body = LazyBody([], [("texts", f"metin{i}.txt", 20 * 1024 * 1024) for i in range(10)])
    elif case == "meeting import 5 × 9 MB":
        path, user = "/meetings/imports/", office
        body = LazyBody([], [("texts", f"metin{i}.txt", 9 * 1024 * 1024) for i in range(5)])
    else:
        raise SystemExit(f"unknown case {case!r}")
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    handler = WSGIHandler()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT_LANGUAGE": "tr",
        "HTTP_COOKIE": f"sessionid={session}; csrftoken={TOKEN}",
        "HTTP_X_CSRFTOKEN": TOKEN,
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length),
        "wsgi.input": body,
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    # Warm up: the first request loads the URL map, templates and
    # catalogues, which is no part of handling an upload.
    warm = {**environ, "REQUEST_METHOD": "GET", "CONTENT_LENGTH": "0", "wsgi.input": io.BytesIO()}
    for _ in range(2):
        b"".join(handler(warm, lambda s, h, *a: None))
    import openpyxl.reader.excel
    import openpyxl.worksheet._read_only  # noqa: F401

    status: list[str] = []
    # Reset the resident-set high-water mark so the peak is this request's.
    Path("/proc/self/clear_refs").write_text("5")
    rss_before = _rss_kb("VmRSS")
    start = time.perf_counter()
    chunks = handler(environ, lambda s, h, *a: status.append(s))
    content = b"".join(chunks)
    elapsed = time.perf_counter() - start
    rss_peak = _rss_kb("VmHWM") - rss_before
    text = content.decode("utf-8", "replace")
    message = ""
    for marker in ('class="error', 'role="alert"', "errorlist"):
        at = text.find(marker)
        if at >= 0:
            message = " ".join(text[at : at + 400].split(">", 1)[-1].split("<", 1)[0].split())
            break
    if not message and status and status[0].startswith("413"):
        message = " ".join(text.split("<p>", 1)[-1].split("<", 1)[0].split())
    return {
        "case": case,
        "status": status[0] if status else "?",
        "seconds": elapsed,
        "rss_mb": rss_peak / 1024,
        "sent_mb": body.length / 1024 / 1024,
        "read_mb": body.served / 1024 / 1024,
        "message": message[:110],
    }


CASES = [
    "floor: normal 4-row XLSX upload",
    "zip bomb XLSX (1 GiB sheet)",
    "600,000 shared strings",
    "16,384 columns × 20 rows",
    "meeting import 10 × 20 MB",
    "meeting import 5 × 9 MB",
]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2])))
        return
    setup("upload_bombs")
    ensure_reference_data()
    results = []
    for case in CASES:
        out = subprocess.run(
            [sys.executable, __file__, "--case", case],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    floor = results[0]
    print(
        f"{'case':<34} {'status':<22} {'time':>8} {'×floor':>7} {'RSS+':>8} {'sent':>8} {'read':>8}"
    )
    for r in results:
        print(
            f"{r['case']:<34} {r['status']:<22} {r['seconds']:7.3f}s "
            f"{r['seconds'] / floor['seconds']:6.2f}× {r['rss_mb']:6.1f}MB "
            f"{r['sent_mb']:6.1f}MB {r['read_mb']:6.1f}MB"
        )
        if r["message"]:
            print(f"{'':<34} → {r['message']}")
    bombs = results[1:]
    worst_time = max(r["seconds"] for r in bombs)
    worst_rss = max(r["rss_mb"] for r in bombs)
    print(
        f"\nbombs: slowest refusal {worst_time:.3f} s (floor {floor['seconds']:.3f} s), "
        f"largest memory growth {worst_rss:.1f} MB (floor {floor['rss_mb']:.1f} MB); "
        f"asked: < 1 s and < 100 MB"
    )


if __name__ == "__main__":
    main()
