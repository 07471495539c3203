"""``ortakmasa proposals cluster --input FILE.jsonl --output FILE.jsonl [--threshold T]``

Clusters proposals read from JSON lines ``{"id", "title", "text", "place"}``
and writes one ``{"id", "cluster"}`` line per input line, in input order,
with the same engine and defaults as the pages (``proposals.engine``).
Proposals with the same ``cluster`` express one need.

``ortakmasa proposals embed`` encodes the stored proposals that have no
embedding yet (a backlog from before the encoder was installed).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ortakmasa.proposals import embedding_store, engine


def read_records(path: Path) -> tuple[list[Any], list[engine.Record]]:
    """Ids and records of a JSON-lines file; any bad line stops everything
    with its line number (nothing is written)."""
    ids: list[Any] = []
    records: list[engine.Record] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CommandError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or "id" not in row:
            raise CommandError(f'{path}:{number}: each line must be an object with an "id"')
        title = row.get("title") or ""
        text = row.get("text") or ""
        if not isinstance(title, str) or not isinstance(text, str):
            raise CommandError(f'{path}:{number}: "title" and "text" must be strings')
        if not (title.strip() or text.strip()):
            raise CommandError(f'{path}:{number}: both "title" and "text" are empty')
        key = json.dumps(row["id"])
        if key in seen:
            raise CommandError(f"{path}:{number}: id {row['id']!r} appears twice")
        seen.add(key)
        ids.append(row["id"])
        records.append(engine.Record(title, text))
    return ids, records


class Command(BaseCommand):
    help = "Duplicate finding on proposals: cluster a JSON-lines file, or encode the backlog."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        cluster = sub.add_parser("cluster", help="cluster proposals of a JSON-lines file")
        cluster.add_argument("--input", required=True, type=Path)
        cluster.add_argument("--output", required=True, type=Path)
        cluster.add_argument(
            "--threshold",
            type=float,
            default=None,
            help="0..1; higher makes fewer, tighter clusters (default: the product's)",
        )
        embed = sub.add_parser("embed", help="encode stored proposals without an embedding")
        embed.add_argument("--limit", type=int, default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "cluster":
            self._cluster(options["input"], options["output"], options["threshold"])
        else:
            self._embed(options["limit"])

    def _cluster(self, source: Path, target: Path, threshold: float | None) -> None:
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise CommandError("--threshold must be between 0 and 1")
        ids, records = read_records(source)
        sys.stderr.write(f"matching: {embedding_store.status()}\n")
        records = engine.fill_embeddings(records)
        labels = engine.cluster_records(records, threshold)
        lines = [
            json.dumps({"id": pk, "cluster": label}, ensure_ascii=False)
            for pk, label in zip(ids, labels, strict=True)
        ]
        # Written whole at the end, so a failure leaves no half file.
        try:
            target.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc}") from exc
        sizes = Counter(labels)
        multi = sum(1 for size in sizes.values() if size > 1)
        self.stdout.write(
            f"{len(ids)} proposals, {len(sizes)} clusters ({multi} with two or more) → {target}"
        )

    def _embed(self, limit: int | None) -> None:
        from ortakmasa.proposals.models import Proposal
        from ortakmasa.proposals.tasks import embed_proposal

        if not embedding_store.available():
            raise CommandError(embedding_store.status())
        pending = Proposal.objects.filter(embedding__isnull=True).order_by("id")
        ids = list(pending.values_list("id", flat=True)[: limit or None])
        for done, pk in enumerate(ids, start=1):
            embed_proposal(pk)
            if done % 100 == 0:
                self.stdout.write(f"{done}/{len(ids)}")
        self.stdout.write(f"encoded {len(ids)} proposals")
