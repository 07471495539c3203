# Meetings' stored search key gains the Snowball-Turkish stems of its words,
# so inflected query words ("kadıköyde", "parkları") are found.

from typing import Any

from django.db import migrations

from ortakmasa.lib.turkish import search_key, stemmed_search_text


def _fill(apps: Any, make: Any) -> None:
    Meeting = apps.get_model("meetings", "Meeting")
    batch = []
    for meeting in Meeting.objects.only("pk", "title", "place").iterator(chunk_size=2000):
        meeting.search_text = make(f"{meeting.title} {meeting.place}")
        batch.append(meeting)
        if len(batch) >= 2000:
            Meeting.objects.bulk_update(batch, ["search_text"])
            batch = []
    Meeting.objects.bulk_update(batch, ["search_text"])


def forward(apps: Any, schema_editor: Any) -> None:
    _fill(apps, stemmed_search_text)


def backward(apps: Any, schema_editor: Any) -> None:
    _fill(apps, lambda text: search_key(text, fold_ascii=True))


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0005_merge_20261204_0440"),
    ]

    operations = [migrations.RunPython(forward, backward)]
