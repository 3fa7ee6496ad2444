"""Event coreference: later mentions of one event fold into its first mention."""
from __future__ import annotations

from kg.extract.events.context import ROLES, SYMMETRIC
from kg.model import Event


def compatible(a: list[str], b: list[str]) -> bool:
    """Two fillers of one role that do not conflict: either is empty, or they share an entity."""
    return not a or not b or bool(set(a) & set(b))


def coreferent(a: Event, b: Event) -> bool:
    """Two mentions of one event: same class, no conflicting roles, quantities or dates written in their own
    clauses, and something in common. The sides of a meeting, call, talks or agreement may be named in either
    order."""
    if a.cls != b.cls or not compatible(a.item, b.item):
        return False
    if a.quantity and b.quantity and a.quantity != b.quantity:
        return False   # 'an additional Patriot system' and 'the transfer of 10 Patriot systems'
    if a.time and b.time and a.time.text and b.time.text and not (
            a.time.value.startswith(b.time.value) or b.time.value.startswith(a.time.value)):
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
    first.time = first.time or event.time
    first.quantity = first.quantity or event.quantity
    if first.amount is None:
        first.amount, first.currency = event.amount, event.currency
    first.confidence = max(first.confidence, event.confidence)
