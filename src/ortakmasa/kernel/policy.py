"""Who may do what: the one place where roles are enforced.

Pages and API endpoints both ask this module — ``can``/``require`` for one
object or model, ``visible`` to narrow a queryset — so a rule is written
once and holds everywhere.

Roles (the values of ``accounts.models.Role``), plus ``public`` for visitors who are
not signed in:

* administrator — everything;
* strategy office — everything of its municipality: the institutions of its
  own tree and those located in its province;
* district liaison — only the records of its own institution and its units;
* stakeholder — submits and sees its own input; reads the registry;
* public — published pages only.

Each domain app registers a ``Rule`` for its models in its AppConfig.ready().
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db.models import Model, Q, QuerySet

# The kernel imports no domain app, so users and institutions are typed
# loosely here: a user has ``role``, ``is_superuser`` and ``institution``; an
# institution has ``parent``, ``root_id`` and ``province_id``.
AnyUser = Any
Institution = Any

PUBLIC = "public"
ADMIN = "admin"
STRATEGY_OFFICE = "strategy_office"
LIAISON = "liaison"
STAKEHOLDER = "stakeholder"
ALL_ROLES = (ADMIN, STRATEGY_OFFICE, LIAISON, STAKEHOLDER, PUBLIC)
EDITOR_ROLES = frozenset({ADMIN, STRATEGY_OFFICE, LIAISON})


class Action(StrEnum):
    VIEW = "view"
    ADD = "add"
    CHANGE = "change"
    DELETE = "delete"


#: The municipality's own staff: they see people's contact details (KVKK),
#: partners and the public do not (``registry.permissions``, view_contact).
STAFF_ROLES = frozenset({ADMIN, STRATEGY_OFFICE, LIAISON})


def role_of(user: AnyUser | None) -> str:
    if user is None or not user.is_authenticated or not user.is_active:
        return PUBLIC
    if user.is_superuser:
        return ADMIN
    return str(getattr(user, "role", STAKEHOLDER))


def _home(user: AnyUser) -> Institution | None:
    inst: Institution | None = getattr(user, "institution", None)
    return inst


def has_role(user: AnyUser | None, *roles: str) -> bool:
    """Whether ``user``'s role is one of ``roles`` (the constants above).
    For the apps' ``permissions.py``; everything else asks a capability."""
    return role_of(user) in roles


def _province_holder(user: AnyUser) -> Institution | None:
    # A unit often has no province of its own: it lies where its parent does.
    home = _home(user)
    if home is None:
        return None
    if home.province_id is None and home.parent_id is not None:
        parent: Institution | None = home.parent
        return parent
    return home


def home_province_id(user: AnyUser) -> int | None:
    """The province the user's institution lies in (its parent's for a unit
    without one of its own); None for visitors and users without one."""
    holder = _province_holder(user)
    return holder.province_id if holder is not None else None


def home_province(user: AnyUser) -> Any:
    """The Province object of ``home_province_id``, or None."""
    holder = _province_holder(user)
    return holder.province if holder is not None and holder.province_id else None


# --- capabilities ------------------------------------------------------------
#
# What is not "may this user view/add/change/delete this object" is a named
# capability: ``decide`` a proposal, ``see_history``, ``view_contact``,
# ``rank`` ...  Each app registers its capabilities in its
# ``permissions.py`` (called from ``AppConfig.ready()``); views, forms,
# templates (``{% if may.rank %}``) and the API ask ``allowed``.

CapabilityRule = Callable[[AnyUser, Any], bool]
_CAPABILITIES: dict[str, CapabilityRule] = {}


def register_capability(name: str, rule: CapabilityRule) -> None:
    """``rule(user, obj)`` decides capability ``name`` (``obj`` is None when
    the capability is not about one object)."""
    known = _CAPABILITIES.get(name)
    if known is not None and known is not rule:
        raise ImproperlyConfigured(f"Capability {name!r} is registered twice.")
    _CAPABILITIES[name] = rule


def capabilities() -> frozenset[str]:
    return frozenset(_CAPABILITIES)


def allowed(user: AnyUser | None, name: str, obj: Any = None) -> bool:
    try:
        rule = _CAPABILITIES[name]
    except KeyError:
        # A misspelt capability must fail loudly, not deny (or allow) quietly.
        raise ImproperlyConfigured(f"Unknown capability {name!r}.") from None
    return bool(rule(user, obj))


def require_capability(user: AnyUser | None, name: str, obj: Any = None) -> None:
    if not allowed(user, name, obj):
        raise PermissionDenied


class Capabilities:
    """``user``'s capabilities for templates: ``{% if may.see_history %}``."""

    def __init__(self, user: AnyUser | None) -> None:
        self.user = user

    def __getitem__(self, name: str) -> bool:
        return allowed(self.user, name)

    def __contains__(self, name: str) -> bool:
        return name in _CAPABILITIES


def _root_id(institution: Institution) -> int | None:
    # Computed from the parent rather than read from ``root``: an object
    # being checked before it is saved (a new unit, or one being moved) has
    # a stale or empty ``root``.
    if institution.parent_id is not None:
        parent = institution.parent
        assert parent is not None
        return parent.root_id or parent.pk
    return institution.pk


def in_scope(user: AnyUser, institution: Institution | None) -> bool:
    """Whether ``institution`` is among the records ``user`` may edit."""
    role = role_of(user)
    if role == ADMIN:
        return True
    home = _home(user)
    if institution is None or home is None:
        return False
    home_root = home.root_id or home.pk
    inst_root = _root_id(institution)
    if role == STRATEGY_OFFICE:
        province_id = institution.province_id
        if province_id is None and institution.parent_id is not None:
            province_id = institution.parent.province_id
        own_province = home_province_id(user)
        return inst_root == home_root or (own_province is not None and province_id == own_province)
    if role == LIAISON:
        return inst_root == home_root
    return False


def scope_q(user: AnyUser, prefix: str = "") -> Q:
    """The queryset filter matching ``in_scope``; ``prefix`` is the lookup
    path from the filtered model to its owning Institution (``""`` for
    Institution itself, ``"institution__"`` for a Post)."""
    role = role_of(user)
    if role == ADMIN:
        return Q()
    home = _home(user)
    if home is None or role not in (STRATEGY_OFFICE, LIAISON):
        return Q(pk__in=[])
    home_root = home.root_id or home.pk
    q = Q(**{f"{prefix}root_id": home_root})
    own_province = home_province_id(user) if role == STRATEGY_OFFICE else None
    if own_province is not None:
        q |= Q(**{f"{prefix}province_id": own_province})
    return q


class Rule(Protocol):
    def allows(self, user: AnyUser, action: Action, obj: Model | None) -> bool: ...

    def visible(self, user: AnyUser, qs: QuerySet[Any]) -> QuerySet[Any]: ...


_RULES: dict[type[Model], Rule] = {}


def register(model: type[Model], rule: Rule) -> None:
    _RULES[model] = rule


def rule_for(model: type[Model]) -> Rule:
    try:
        return _RULES[model]
    except KeyError:
        # A model without a rule is closed to everyone but administrators:
        # forgetting to write a rule must never open data up.
        return AdminOnly()


def can(user: AnyUser, action: Action | str, target: Model | type[Model]) -> bool:
    """Whether ``user`` may do ``action`` on an object, or on a model in
    general (``target`` a class: may the user add one at all?)."""
    if isinstance(target, type):
        return rule_for(target).allows(user, Action(action), None)
    return rule_for(type(target)).allows(user, Action(action), target)


def require(user: AnyUser, action: Action | str, target: Model | type[Model]) -> None:
    if not can(user, action, target):
        raise PermissionDenied


M = TypeVar("M", bound=Model)


def visible(user: AnyUser, qs: QuerySet[M]) -> QuerySet[M]:
    return rule_for(qs.model).visible(user, qs)


def office_manages(user: AnyUser, in_reach: Callable[[], bool]) -> bool:
    """The office's rule: administrators manage everything, the strategy
    office what ``in_reach`` says, everyone else nothing."""
    role = role_of(user)
    if role == ADMIN:
        return True
    return role == STRATEGY_OFFICE and in_reach()


def office_rows(
    user: AnyUser, qs: QuerySet[M], office: Callable[[], Q], others: Q | None = None
) -> QuerySet[M]:
    """What the office's rule lets ``user`` see of ``qs``: administrators
    all, the strategy office the rows ``office`` gives, everyone else
    ``others`` (nothing when None)."""
    role = role_of(user)
    if role == ADMIN:
        return qs
    if role == STRATEGY_OFFICE:
        return qs.filter(office())
    return qs.none() if others is None else qs.filter(others)


class AdminOnly:
    def allows(self, user: AnyUser, action: Action, obj: Model | None) -> bool:
        return role_of(user) == ADMIN

    def visible(self, user: AnyUser, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs if role_of(user) == ADMIN else qs.none()


class OwnedByInstitution:
    """Readable by everyone; editable by the roles that hold the owning
    institution in their scope.

    ``owner`` returns the institution(s) an object belongs to; ``prefix`` is
    the queryset lookup path to that institution.
    """

    def __init__(
        self,
        prefix: str,
        owner: Any,
        *,
        add_roles: frozenset[str] = EDITOR_ROLES,
        delete_roles: frozenset[str] = frozenset({ADMIN, STRATEGY_OFFICE}),
        public_read: bool = True,
    ) -> None:
        self.prefix = prefix
        self.owner = owner
        self.add_roles = add_roles
        self.delete_roles = delete_roles
        self.public_read = public_read

    def _owned(self, user: AnyUser, obj: Model) -> bool:
        owners = self.owner(obj)
        if not isinstance(owners, list | tuple):
            owners = [owners]
        return any(in_scope(user, inst) for inst in owners)

    def allows(self, user: AnyUser, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if action == Action.VIEW:
            return self.public_read or role != PUBLIC
        if role == ADMIN:
            return True
        if action == Action.ADD:
            if role not in self.add_roles:
                return False
            return obj is None or self._owned(user, obj)
        allowed = self.delete_roles if action == Action.DELETE else EDITOR_ROLES
        return role in allowed and obj is not None and self._owned(user, obj)

    def visible(self, user: AnyUser, qs: QuerySet[Any]) -> QuerySet[Any]:
        if self.public_read or role_of(user) != PUBLIC:
            return qs
        return qs.none()

    def editable(self, user: AnyUser, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(scope_q(user, self.prefix))


class PublicReadAdminWrite:
    """Reference data (places, the theme taxonomy): everyone reads it, only
    administrators change it."""

    def allows(self, user: AnyUser, action: Action, obj: Model | None) -> bool:
        return action == Action.VIEW or role_of(user) == ADMIN

    def visible(self, user: AnyUser, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs


def cache_scope(user: AnyUser) -> str:
    """What decides what ``user`` may see, for cache keys: the role, the
    institution and, for editors (who may see their own drafts), the user."""
    role = role_of(user)
    who = f"{role}:{getattr(user, 'institution_id', None)}"
    if role in EDITOR_ROLES:
        who += f":{user.pk}"
    return who


# The one capability that belongs to no app: acting for any institution
# (choosing the owner of a campaign or a plan, overseeing every
# institution's commitments) rather than for one's own.
register_capability("act_for_any_institution", lambda user, _obj: has_role(user, ADMIN))
