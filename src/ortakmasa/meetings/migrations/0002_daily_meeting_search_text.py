# Meetings get a stored Turkish-folded search key (title and place).

from typing import Any

from django.db import migrations, models

from ortakmasa.lib.turkish import search_key


def fill(apps: Any, schema_editor: Any) -> None:
    Meeting = apps.get_model("meetings", "Meeting")
    batch = []
    for meeting in Meeting.objects.only("pk", "title", "place").iterator(chunk_size=2000):
        meeting.search_text = search_key(f"{meeting.title} {meeting.place}", fold_ascii=True)
        batch.append(meeting)
        if len(batch) >= 2000:
            Meeting.objects.bulk_update(batch, ["search_text"])
            batch = []
    Meeting.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="search_text",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
