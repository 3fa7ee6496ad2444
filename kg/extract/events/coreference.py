"""Event coreference: later mentions of one event fold into its first mention."""
from __future__ import annotations

from kg.extract.events.context import ROLES, SYMMETRIC
from kg.extract.time import GRANULARITIES, days_apart
from kg.model import Event, TimeRef
from kg.vocab import EventClass

# a date borrowed from elsewhere is a guess: a written one this far from it names another event
BORROWED_SLACK_DAYS = 7


def compatible(a: list[str], b: list[str]) -> bool:
    """Two fillers of one role that do not conflict: either is empty, or they share an entity."""
    return not a or not b or bool(set(a) & set(b))


def conflicting(first: TimeRef | None, later: TimeRef | None) -> bool:
    """Whether a later mention's date says it is another event than the first mention: a date written in its own
    clause that differs from the first mention's written one ('2017', 'May 2022'), or lies more than a week from
    the first mention's borrowed one. A later mention's borrowed date says nothing ('revive the deal')."""
    if not (first and later and later.text):
        return False
    if first.text:
        return not (first.value.startswith(later.value) or later.value.startswith(first.value))
    return days_apart(first, later) > BORROWED_SLACK_DAYS


def written_over_borrowed(written: TimeRef, borrowed: TimeRef) -> bool:
    """Whether a date written in a mention's own clause replaces one borrowed from elsewhere: unless it is coarser
    ('this month' keeps a borrowed Friday)."""
    return bool(written.text) and not borrowed.text and \
        GRANULARITIES.index(written.granularity) <= GRANULARITIES.index(borrowed.granularity)


def coreferent(a: Event, b: Event) -> bool:
    """Two mentions of one event: same class, no conflicting roles, quantities or dates (`conflicting`), and
    something in common; a plain statement is never mentioned twice (each 'said' says something else). The sides of a meeting, call, talks or agreement may be named in either
    order."""
    if a.cls != b.cls or not compatible(a.item, b.item) or a.cls == EventClass.Statement:
        return False
    if a.quantity and b.quantity and a.quantity != b.quantity:
        return False   # 'an additional Patriot system' and 'the transfer of 10 Patriot systems'
    if conflicting(a.time, b.time):
        return False
    if a.cls in SYMMETRIC:
        return bool(set(a.agent + a.target) & set(b.agent + b.target))
    if not (compatible(a.agent, b.agent) and compatible(a.target, b.target)):
        return False
    return any(set(getattr(a, r)) & set(getattr(b, r)) for r in ("agent", "target", "item"))


def specificity(event: Event) -> int:
    """How many roles the event fills."""
    return sum(bool(getattr(event, role)) for role in ROLES)


def merge_coreferent(events: list[Event]) -> list[Event]:
    """Fold later mentions of an event into its first mention, keeping every evidence sentence."""
    merged: list[Event] = []
    for event in events:
        first = next((m for m in merged if coreferent(m, event)), None)
        if first is None:
            merged.append(event)
        else:
            fold_into(first, event)
    return merged


def fold_into(first: Event, event: Event) -> None:
    """Add what a later mention says to the first mention of its event."""
    if specificity(event) > specificity(first):
        first.status = event.status
    for role in ROLES:
        getattr(first, role).extend(x for x in getattr(event, role) if x not in getattr(first, role))
    if first.cls in SYMMETRIC:
        first.target = [x for x in first.agent + first.target if x not in first.agent[:1]]
        first.agent = first.agent[:1]
    first.evidence.extend(s for s in event.evidence if s not in first.evidence)
    if event.time and (first.time is None or written_over_borrowed(event.time, first.time)):
        first.time = event.time
    first.quantity = first.quantity or event.quantity
    if first.amount is None:
        first.amount, first.currency = event.amount, event.currency
    first.confidence = max(first.confidence, event.confidence)
