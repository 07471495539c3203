"""Citizens' proposals: confirmation by e-mail, moderation, supports.

A proposal counts only after its author follows the signed link sent to
the address given.  The strategy office then publishes it — it becomes a
``proposals.Proposal`` of the citizen channel, raised by the district's
municipality, so it enters the same matching, clusters, priorities and
answers as the districts' own — hides it with a reason the author sees, or
merges it into the cluster of an existing proposal.
"""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.proposals import services as proposal_services
from ortakmasa.proposals.models import Channel, ClusterStatus, Proposal, ProposalCluster
from ortakmasa.registry.models import District, Institution, InstitutionKind
from ortakmasa.surveys.models import CitizenProposal, CitizenStatus, Support

CONFIRM_SALT = "ortakmasa.surveys.citizen-confirm"
SUPPORT_SALT = "ortakmasa.surveys.support-confirm"
#: How long a confirmation link stays valid.
CONFIRM_MAX_AGE = 7 * 24 * 3600


class Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def email_key(email: str) -> str:
    # An address is not Turkish text: "I" must fold to "i", not "ı", or
    # DENIZ@… and deniz@… would count as two people.
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def confirm_link(item: CitizenProposal) -> str:
    return signing.dumps(item.token, salt=CONFIRM_SALT)


def support_link(support: Support) -> str:
    return signing.dumps(support.token, salt=SUPPORT_SALT)


def _unsign(signed: str, salt: str) -> str:
    try:
        return str(signing.loads(signed, salt=salt, max_age=CONFIRM_MAX_AGE))
    except signing.SignatureExpired as exc:
        raise Refused(_("This confirmation link has expired.")) from exc
    except signing.BadSignature as exc:
        raise Refused(_("This confirmation link is not valid.")) from exc


def send_confirmation(item: CitizenProposal, absolute: Any) -> None:
    """``absolute`` turns a path into a full address (the request's
    ``build_absolute_uri``)."""
    from django.urls import reverse

    confirm = absolute(reverse("surveys:citizen_confirm", args=[confirm_link(item)]))
    status = absolute(reverse("surveys:citizen_status", args=[item.token]))
    send_mail(
        _("Confirm your proposal: %(title)s") % {"title": item.title},
        "\n\n".join(
            [
                _(
                    "Thank you for your proposal. It will be considered once you confirm "
                    "your e-mail address by opening this link:"
                ),
                confirm,
                _("You can follow what becomes of it here:"),
                status,
            ]
        )
        + "\n",
        settings.DEFAULT_FROM_EMAIL,
        [item.email],
    )


_Linked = TypeVar("_Linked", CitizenProposal, Support)


def _linked(model: type[_Linked], signed: str, salt: str) -> _Linked:
    """The row a confirmation link names, locked until the caller's
    transaction ends; refused when the link names nothing."""
    token = _unsign(signed, salt)
    row = model._default_manager.select_for_update().filter(token=token).first()
    if row is None:
        raise Refused(_("This confirmation link is not valid."))
    return row


def confirm(signed: str) -> CitizenProposal:
    with transaction.atomic():
        item = _linked(CitizenProposal, signed, CONFIRM_SALT)
        if item.status == CitizenStatus.UNCONFIRMED:
            item.status = CitizenStatus.PENDING
            item.confirmed_at = timezone.now()
            item.save(update_fields=["status", "confirmed_at"])
    return item


def raised_by(district: District) -> Institution:
    """The institution a citizen's proposal is filed under: the district's
    municipality, else the metropolitan municipality of its province."""
    found = (
        Institution.objects.filter(
            kind=InstitutionKind.DISTRICT_MUNICIPALITY, district=district, parent__isnull=True
        ).first()
        or Institution.objects.filter(
            kind__in=[
                InstitutionKind.METROPOLITAN_MUNICIPALITY,
                InstitutionKind.PROVINCIAL_MUNICIPALITY,
            ],
            province_id=district.province_id,
            parent__isnull=True,
        ).first()
    )
    if found is None:
        raise Refused(_("No municipality of this district is in the registry."))
    return found


def _to_proposal(item: CitizenProposal, user: Any) -> Proposal:
    if item.proposal_id is not None:
        assert item.proposal is not None
        return item.proposal
    proposal = Proposal(
        title=item.title,
        text=item.description,
        institution=raised_by(item.district),
        channel=Channel.CITIZEN_FORM,
        district=item.district,
        neighbourhood=item.neighbourhood,
        is_public=True,
    )
    proposal_services.create_proposal(
        proposal, user, list(item.themes.all()), note=_("From a citizen's proposal on the portal.")
    )
    item.proposal = proposal
    return proposal


def _moderatable(item: CitizenProposal) -> None:
    if item.status == CitizenStatus.UNCONFIRMED:
        raise Refused(_("The author has not confirmed this proposal yet."))


@transaction.atomic
def publish(item: CitizenProposal, user: Any, reason: str = "") -> CitizenProposal:
    _moderatable(item)
    _to_proposal(item, user)
    item.status = CitizenStatus.PUBLISHED
    item.reason = reason
    _stamp(item, user)
    return item


@transaction.atomic
def hide(item: CitizenProposal, user: Any, reason: str) -> CitizenProposal:
    _moderatable(item)
    if not reason.strip():
        raise Refused(_("Give the reason the author will see."))
    if item.proposal is not None and item.proposal.is_public:
        item.proposal.is_public = False
        item.proposal.save(update_fields=["is_public", "updated_at"])
    item.status = CitizenStatus.HIDDEN
    item.reason = reason.strip()
    _stamp(item, user)
    return item


@transaction.atomic
def merge(item: CitizenProposal, user: Any, target: Proposal, reason: str) -> ProposalCluster:
    """Publishes the proposal and puts it in the cluster of ``target`` (a
    new suggested cluster when ``target`` has none), where the office
    merges it as it merges the districts' proposals."""
    _moderatable(item)
    if not reason.strip():
        raise Refused(_("Give the reason the author will see."))
    proposal = _to_proposal(item, user)
    if target.pk == proposal.pk:
        raise Refused(_("Choose another proposal to merge into."))
    cluster = target.cluster
    if cluster is None:
        cluster = ProposalCluster.objects.create(
            province_id=target.district.province_id if target.district else None,
            label=target.title[:255],
            status=ClusterStatus.SUGGESTED,
            primary=target,
        )
        target.cluster = cluster
        target.save(update_fields=["cluster", "updated_at"])
    proposal.cluster = cluster
    proposal.save(update_fields=["cluster", "updated_at"])
    cluster.refresh_counts()
    item.status = CitizenStatus.MERGED
    item.reason = reason.strip()
    _stamp(item, user)
    return cluster


def _stamp(item: CitizenProposal, user: Any) -> None:
    item.moderated_by = user if getattr(user, "is_authenticated", False) else None
    item.moderated_at = timezone.now()
    item.save()


def add_support(item: CitizenProposal, email: str, absolute: Any) -> Support:
    """A support waiting for its e-mail confirmation; asking again with the
    same address sends the link again and adds nothing."""
    if item.status not in (CitizenStatus.PUBLISHED, CitizenStatus.MERGED):
        raise Refused(_("Only published proposals can be supported."))
    key = email_key(email)
    try:
        with transaction.atomic():
            support, _created = Support.objects.get_or_create(
                citizen_proposal=item, email_key=key, defaults={"email": email.strip()}
            )
    except IntegrityError:
        support = Support.objects.get(citizen_proposal=item, email_key=key)
    if support.confirmed_at is None:
        from django.urls import reverse

        link = absolute(reverse("surveys:support_confirm", args=[support_link(support)]))
        send_mail(
            _("Confirm your support: %(title)s") % {"title": item.title},
            _("Open this link to confirm your support:") + f"\n\n{link}\n",
            settings.DEFAULT_FROM_EMAIL,
            [email.strip()],
        )
    return support


def confirm_support(signed: str) -> Support:
    with transaction.atomic():
        support = _linked(Support, signed, SUPPORT_SALT)
        if support.confirmed_at is None:
            support.confirmed_at = timezone.now()
            support.save(update_fields=["confirmed_at"])
    return support
