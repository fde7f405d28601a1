"""Shared by the event-rule tests: is there an event with this source, target, type and rule?"""

from __future__ import annotations


def found(events, source: str, target: str | None, plover: str | None = None, rule: str | None = None) -> bool:
    """An event whose source text ends with ``source``, whose target text holds ``target`` (None:
    any target, or none), and, when given, whose PLOVER type and rule name match."""
    return any(e.source.text.endswith(source)
               and (target is None or e.target is not None and target in e.target.text)
               and (plover is None or e.plover == plover)
               and (rule is None or e.coder.split(":")[1] == rule) for e in events)


def found_codes(events, source: str, target: str | None, *, plover: str | None = None, cameo: str | None = None) -> bool:
    """An event between these countries (ISO3 codes; None: no target), of this type or CAMEO code when given."""
    return any(e.source.country == source
               and (e.target is None if target is None else e.target is not None and e.target.country == target)
               and (plover is None or e.plover == plover) and (cameo is None or e.cameo == cameo) for e in events)


def all_between(events, plover: str, source: str, target: str) -> bool:
    """There are events of this PLOVER type, and every one runs from ``source`` to ``target`` (ISO3 codes)."""
    evs = [e for e in events if e.plover == plover]
    return bool(evs) and all(e.source.country == source and e.target is not None and e.target.country == target for e in evs)
