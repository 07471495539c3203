# Proposals' stored search key gains the Snowball-Turkish stems of its words,
# so inflected query words ("parkları", "kreşler") are found.

from typing import Any

from django.db import migrations

from ortakmasa.lib.turkish import search_key, stemmed_search_text


def _fill(apps: Any, make: Any) -> None:
    Proposal = apps.get_model("proposals", "Proposal")
    batch = []
    for proposal in Proposal.objects.only("pk", "title", "text").iterator(chunk_size=2000):
        proposal.search_text = make(f"{proposal.title} {proposal.text}")
        batch.append(proposal)
        if len(batch) >= 2000:
            Proposal.objects.bulk_update(batch, ["search_text"])
            batch = []
    Proposal.objects.bulk_update(batch, ["search_text"])


def forward(apps: Any, schema_editor: Any) -> None:
    _fill(apps, stemmed_search_text)


def backward(apps: Any, schema_editor: Any) -> None:
    _fill(apps, lambda text: search_key(text, fold_ascii=True))


class Migration(migrations.Migration):
    dependencies = [
        ("proposals", "0003_matching_plan_objective"),
    ]

    operations = [migrations.RunPython(forward, backward)]
