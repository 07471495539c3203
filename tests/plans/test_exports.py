"""The files, opened with the libraries readers use."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from ortakmasa.plans import exports
from ortakmasa.plans.models import Indicator, Objective

pytestmark = pytest.mark.django_db

FRONT = ["SUNUŞ", "MECLİS KARARI", "TABLOLAR LİSTESİ", "ŞEKİLLER LİSTESİ"]
GUIDE_ORDER = [
    "1. STRATEJİK PLAN HAZIRLIK SÜRECİ",
    "2. DURUM ANALİZİ",
    "2.1. Kurumsal Tarihçe",
    "2.2. Uygulanmakta Olan Stratejik Planın Değerlendirilmesi",
    "2.3. Mevzuat Analizi",
    "2.4. Üst Politika Belgeleri Analizi",
    "2.5. Faaliyet Alanları ile Ürün ve Hizmetlerin Belirlenmesi",
    "2.6. Paydaş Analizi",
    "2.7. Kuruluş İçi Analiz",
    "2.8. PESTLE Analizi",
    "2.9. GZFT Analizi",
    "2.10. Tespitler ve İhtiyaçlar",
    "3. GELECEĞE BAKIŞ",
    "3.1. Misyon",
    "3.2. Vizyon",
    "3.3. Temel Değerler",
    "4. STRATEJİ GELİŞTİRME",
]


def test_docx(plan) -> None:
    content, content_type, name = exports.export(plan.pk, "docx")
    assert name.endswith(".docx") and "wordprocessingml" in content_type
    doc = Document(io.BytesIO(content))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    front = [h for h in headings if h in FRONT]
    assert headings[: len(front)] == front and front[:3] == FRONT[:3]
    assert headings[len(front) : len(front) + len(GUIDE_ORDER)] == GUIDE_ORDER
    assert headings[-1] == "5. İZLEME VE DEĞERLENDİRME"
    assert "4.3. Hedef Kartları" in headings
    # Contents: a TOC field whose current result already lists the headings.
    xml = doc.element.xml
    assert 'TOC \\o "1-3"' in xml
    toc = [p.text for p in doc.paragraphs if p.style.name == "toc 2"]
    assert "2.6. Paydaş Analizi" in toc
    captions = [
        p.text for p in doc.paragraphs if p.style.name == "Caption" and p.text.startswith("Tablo ")
    ]
    numbers = [int(c.split(":")[0].split()[1]) for c in captions]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(captions) == len(doc.tables)
    cards = [c for c in captions if "Hedef Kartı" in c]
    assert len(cards) == Objective.objects.filter(goal__plan=plan).count() == 4
    card = doc.tables[captions.index(cards[0])]
    assert card.cell(0, 0).text == "Amaç" and card.cell(1, 1).text.startswith("H1.1 ")
    assert card.cell(2, 3).text == "2025" and card.cell(2, 7).text == "2029"
    assert card.cell(3, 0).text.startswith("PG1.1.1 ")
    assert [card.cell(3, k).text for k in range(1, 8)] == [
        "33",
        "100",
        "110",
        "120",
        "130",
        "140",
        "150",
    ]
    cost = doc.tables[captions.index(next(c for c in captions if "Maliyet" in c))]
    last = [cell.text for cell in cost.rows[-1].cells]
    assert last[0] == "TOPLAM" and last[-1] == "30.000.000"


def test_pdf(plan) -> None:
    content, content_type, _name = exports.export(plan.pk, "pdf")
    assert content_type == "application/pdf"
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for heading in ("STRATEJİK PLAN HAZIRLIK SÜRECİ", "2.9. GZFT Analizi", "Hedef Kartları"):
        assert heading in text
    assert "İÇİNDEKİLER" in text and "Tablo 1: Mevzuat Analizi" in text
    assert "Güçlü mali yapı" in text  # ğ, ü, ı drawn from the embedded font
    assert "PG2.2.3" in text
    fonts = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                fonts.add(str(font["/BaseFont"]))
    assert fonts, "the font must be embedded"
    assert len(reader.outline) >= 5  # bookmarks for the headings


def test_xlsx(plan) -> None:
    content, _ct, _name = exports.export(plan.pk, "xlsx")
    wb = load_workbook(io.BytesIO(content))
    assert wb.sheetnames == ["Performans Göstergeleri", "Hedefler", "Maliyetlendirme"]
    ws = wb["Performans Göstergeleri"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][8:13] == ("2025", "2026", "2027", "2028", "2029")
    assert rows[0][-4:] == (
        "Tanım",
        "Hesaplama Yöntemi",
        "Dönemlerden Yıl Değeri",
        "Düzeyi Koruma Kuralı",
    )
    assert rows[1][-2] == "Son dönemin değeri"
    assert len(rows) - 1 == Indicator.objects.filter(objective__goal__plan=plan).count()
    assert rows[1][:3] == ("A1", "H1.1", "PG1.1.1")
    assert rows[1][7:13] == (100, 110, 120, 130, 140, 150)
    costs = list(wb["Maliyetlendirme"].iter_rows(values_only=True))
    assert costs[-1][0] == "TOPLAM" and costs[-1][-1] == 30_000_000


def test_page_download(plan, client_for) -> None:
    response = client_for("liaison").get(f"/plans/{plan.pk}/export.docx")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert client_for("office").get(f"/plans/{plan.pk}/export.txt").status_code == 404
