"""Demo proposals: a few hundred needs from İstanbul's 39 districts.

The texts come from the matching engine's need pool (``data/needs.json``,
through ``synthetic.generate``), so the same need arrives from several
districts in different words, as it does in real consultations.  The demo
then does what a strategy office would: it clusters the proposals, merges
the clusters raised by the most districts with a reason, accepts and rejects
a few with reasons, and publishes some, so every page has something to show.

Idempotent: proposals carry a ``demo-<n>`` fingerprint and nothing is added
or decided twice.
"""

from __future__ import annotations

from collections import defaultdict

from django.db import transaction

from ortakmasa.accounts.models import Role, User
from ortakmasa.proposals import engine, services
from ortakmasa.proposals.models import (
    Channel,
    ClusterRun,
    ClusterStatus,
    Kind,
    Proposal,
    ProposalCluster,
    RunStatus,
    Status,
    Urgency,
)
from ortakmasa.registry.models import Institution, InstitutionKind
from ortakmasa.themes.models import Theme

DEMO_COUNT = 320
SEED = 2025
TITLE_LENGTH = 120
MERGED_CLUSTERS = 8
KINDS = [Kind.NEED, Kind.PROPOSAL, Kind.PROBLEM, Kind.REQUEST]

REJECT_REASONS = [
    "Konu ilçe belediyesinin yetki alanındadır; ilçe belediyesine iletildi.",
    "Benzer bir yatırım mevcut plan döneminde tamamlandı.",
    "Bütçe ve öncelik değerlendirmesinde bu plan dönemine alınmadı.",
]


def _title(text: str) -> str:
    if len(text) <= TITLE_LENGTH:
        return text
    cut = text[:TITLE_LENGTH].rsplit(" ", 1)[0]
    return cut + "…"


def _create_example() -> list[Proposal]:
    """The issue's six proposals (three needs, Başakşehir and Esenler)."""
    from ortakmasa.proposals.example import EXAMPLE

    created = []
    for number, (district, title, text, _need) in enumerate(EXAMPLE):
        key = f"demo-example-{number}"
        institution = Institution.objects.filter(
            kind=InstitutionKind.DISTRICT_MUNICIPALITY, province__plate=34, district__name=district
        ).first()
        if institution is None or Proposal.objects.filter(upload_key=key).exists():
            continue
        proposal = Proposal(
            title=title, text=text, kind=Kind.REQUEST, institution=institution, upload_key=key
        )
        created.append(services.create_proposal(proposal, None))
    return created


def _planner() -> User:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    found = User.objects.filter(role=Role.STRATEGY_OFFICE, institution=ibb).first()
    if found is None:
        raise RuntimeError("load the demo users before the demo proposals")
    return found


def _create_proposals() -> list[Proposal]:
    from ortakmasa.proposals.synthetic import generate

    municipalities = {
        inst.district.name: inst
        for inst in Institution.objects.filter(
            kind=InstitutionKind.DISTRICT_MUNICIPALITY, province__plate=34
        ).select_related("district")
        if inst.district is not None
    }
    liaisons = {u.institution_id: u for u in User.objects.filter(role=Role.LIAISON)}
    themes = {t.code: t for t in Theme.objects.all()}
    existing = set(
        Proposal.objects.filter(upload_key__startswith="demo-").values_list("upload_key", flat=True)
    )
    created = []
    for number, item in enumerate(generate(DEMO_COUNT, seed=SEED)):
        key = f"demo-{number}"
        institution = municipalities.get(item.district)
        if key in existing or institution is None:
            continue
        proposal = Proposal(
            title=_title(item.text),
            text=item.text if len(item.text) > TITLE_LENGTH else "",
            kind=KINDS[number % len(KINDS)],
            institution=institution,
            channel=Channel.LIAISON if number % 3 else Channel.MEETING,
            submitted_by=liaisons.get(institution.pk),
            population=(5 + (number * 37) % 120) * 1000,
            estimated_cost=(1 + (number * 13) % 40) * 250_000,
            urgency=Urgency.HIGH if number % 5 == 0 else Urgency.MEDIUM,
            upload_key=key,
        )
        theme = themes.get(item.theme)
        created.append(
            services.create_proposal(proposal, proposal.submitted_by, [theme] if theme else [])
        )
    return created


def _cluster(planner: User, prefix: str = "demo-") -> list[ProposalCluster]:
    """One clustering run over the demo proposals whose key starts with
    ``prefix`` that no cluster holds yet."""
    province = planner.institution.province if planner.institution else None
    rows = list(
        Proposal.objects.filter(
            upload_key__startswith=prefix, status=Status.NEW, cluster__isnull=True
        )
        .order_by("id")
        .values_list("id", "title", "text", "district_id")
    )
    from ortakmasa.proposals.tasks import stored_embeddings

    vectors = stored_embeddings([r[0] for r in rows])
    labels = engine.cluster_records([engine.Record(r[1], r[2], vectors.get(r[0])) for r in rows])
    groups: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        groups[label].append(index)
    run = ClusterRun.objects.create(
        province=province,
        status=RunStatus.DONE,
        progress=1.0,
        total=len(rows),
        engine=engine.engine_name(),
        started_by=planner,
    )
    clusters = []
    for members in groups.values():
        if len(members) < 2:
            continue
        cluster = ProposalCluster.objects.create(
            run=run, province=province, label=rows[members[0]][1][:255]
        )
        Proposal.objects.filter(pk__in=[rows[i][0] for i in members]).update(cluster=cluster)
        cluster.refresh_counts()
        clusters.append(cluster)
    run.cluster_count = len(clusters)
    run.save(update_fields=["cluster_count"])
    return clusters


def _decide(planner: User, clusters: list[ProposalCluster]) -> None:
    ranked = sorted(clusters, key=lambda c: (-c.district_count, -c.size, c.pk))
    for cluster in ranked[:MERGED_CLUSTERS]:
        members = list(cluster.proposals.select_related("institution").order_by("id"))
        primary = members[0]
        names = ", ".join(sorted({m.institution.name for m in members}))
        reason = (
            f"Aynı ihtiyaç {cluster.district_count} ilçeden geldi ({names}); "
            "tek öneri olarak değerlendirilecek."
        )
        services.merge_cluster(cluster, primary, planner, reason)
        primary.refresh_from_db()
        # Accepted into an objective later, by the plan's demo, which links
        # the clusters to real objectives.
        services.set_status(
            primary, planner, Status.UNDER_REVIEW, "Stratejik plan hazırlığında.", is_public=True
        )
    singles = Proposal.objects.filter(
        upload_key__startswith="demo-", status=Status.NEW, cluster__isnull=True
    ).order_by("id")
    for index, proposal in enumerate(singles[:30]):
        if index % 3 == 0:
            services.set_status(
                proposal,
                planner,
                Status.REJECTED,
                REJECT_REASONS[index % len(REJECT_REASONS)],
                is_public=index % 2 == 0,
            )
        elif index % 3 == 1:
            services.set_status(
                proposal, planner, Status.UNDER_REVIEW, "Maliyet çalışması yapılıyor."
            )
        else:
            services.set_status(
                proposal,
                planner,
                Status.DONE,
                "2025 yatırım programında tamamlandı.",
                is_public=True,
            )


@transaction.atomic
def load_demo_proposals() -> None:
    planner = _planner()
    _create_proposals()
    _create_example()
    province = planner.institution.province if planner.institution else None
    if ProposalCluster.objects.filter(province=province).exists():
        return
    # The six proposals arrive as one batch (say, one campaign) and
    # are clustered as a planner would cluster that batch; then the rest.
    _cluster(planner, "demo-example-")
    clusters = _cluster(planner)
    if clusters and not ProposalCluster.objects.filter(status=ClusterStatus.MERGED).exists():
        _decide(planner, clusters)
