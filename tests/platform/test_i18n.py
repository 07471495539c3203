"""The interface speaks Turkish first, English too."""

import re
from pathlib import Path

import polib
import pytest
from django.test import Client

import ortakmasa

pytestmark = pytest.mark.django_db

PACKAGE = Path(ortakmasa.__file__).parent
TR_PO = PACKAGE / "locale/tr/LC_MESSAGES/django.po"
TRANSLATE_TAG = re.compile(r'{%\s*translate\s+"([^"]+)"(?:\s+context\s+"([^"]+)")?')


def test_pages_are_turkish_by_default(client: Client) -> None:
    response = client.get("/registry/provinces/34/")
    html = response.content.decode()
    assert '<html lang="tr">' in html
    assert "İlçeler ve belediyeleri" in html
    assert "Kurumlar" in html


def test_a_browser_set_to_english_still_gets_turkish(client: Client) -> None:
    """Issue 12: a browser set to English showed the interface in English."""
    response = client.get("/registry/provinces/34/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="tr">' in html
    assert "İlçeler ve belediyeleri" in html


def test_english_when_the_user_picks_it(client: Client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = client.get("/registry/provinces/34/", HTTP_ACCEPT_LANGUAGE="tr")
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Districts and their municipalities" in html
    client.post("/i18n/setlang/", {"language": "tr", "next": "/"})
    assert '<html lang="tr">' in client.get("/").content.decode()


def test_language_switch_is_remembered(client: Client) -> None:
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/").content.decode()


def test_every_turkish_entry_is_translated() -> None:
    po = polib.pofile(str(TR_PO))
    untranslated = [e.msgid for e in po.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


def test_every_template_string_is_in_the_catalogue() -> None:
    po = polib.pofile(str(TR_PO))
    known = {(e.msgctxt or None, e.msgid) for e in po}
    missing = []
    for template in PACKAGE.rglob("templates/**/*.html"):
        for msgid, ctx in TRANSLATE_TAG.findall(template.read_text(encoding="utf-8")):
            # makemessages writes a lone % as %% in python-format entries.
            if (ctx or None, msgid) not in known and (
                ctx or None,
                msgid.replace("%", "%%"),
            ) not in known:
                missing.append(f"{template.name}: {msgid}")
    assert missing == [], "run makemessages and tools/fill_tr.py"
