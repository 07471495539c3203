import io

import docx

from ortakmasa.textengine.inputs import MAX_BYTES, decode
from ortakmasa.textengine.pipeline import extract

TR = "Başkan Şükrü Işık, İğdır'da öğrencilerle görüştü."


def test_utf8_and_bom():
    assert decode(TR.encode()).text == TR
    assert decode(b"\xef\xbb\xbf" + TR.encode()).text == TR


def test_windows_1254_detected():
    out = decode(("“" + TR + "”").encode("cp1254"))
    assert out.encoding == "windows-1254"
    assert out.text == "“" + TR + "”"


def test_iso_8859_9_detected():
    out = decode(TR.encode("iso-8859-9"))
    assert out.text == TR
    assert out.encoding == "iso-8859-9"


def test_html_furniture_removed():
    page = (
        "<html><head><title>T</title><meta property='article:published_time' content='2023-11-21'>"
        "</head><body><nav>Ana Sayfa</nav><div class='share'>Paylaş</div><article><h1>Başlık</h1>"
        "<p>Birinci paragraf.</p><p>İkinci paragraf.</p></article><footer>©</footer>"
        "<script>x()</script></body></html>"
    )
    out = decode(page.encode())
    assert out.kind == "html" and out.date == "2023-11-21" and out.title == "Başlık"
    assert "Paylaş" not in (out.text or "") and "Ana Sayfa" not in (out.text or "")
    rec = extract(page.encode())
    assert rec["text"] == "Başlık\n\nBirinci paragraf.\n\nİkinci paragraf."
    assert rec["date"] == "2023-11-21"


def test_docx():
    d = docx.Document()
    d.add_paragraph(TR)
    buf = io.BytesIO()
    d.save(buf)
    out = decode(buf.getvalue())
    assert out.kind == "docx" and out.text == TR


def test_bad_inputs_are_errors_not_exceptions():
    assert extract(b"")["error"] == "empty input"
    assert "binary" in extract(b"\x00\x01\x02binary")["error"]
    assert "binary" in extract(b"%PDF-1.4 ...")["error"]
    assert "too large" in extract(b"a" * (MAX_BYTES + 1))["error"]
    assert "undecodable" in extract(bytes(range(0x80, 0xA0)) * 10)["error"]
    assert (
        "DOCX" in extract(b"PK\x03\x04" + b"\x00" * 50)["error"]
        or "ZIP" in extract(b"PK\x03\x04" + b"\x00" * 50)["error"]
    )
    rec = extract(b"")
    assert rec["people"] == [] and rec["schema"] == "ortakmasa.extract/1"
