"""Events from trigger words: class and CAMEO code, roles from the parse, factuality, time, amounts.

One module per job, in the order the driver (`reader`) uses them: `triggers` (which words signal which event
class), `referents` (who a token denotes), `roles` (the ordered role rules), `factuality`, `timing`,
`amounts` and `coreference`; `context` is the per-article record they all read.
"""
from kg.extract.events.reader import Reader, find_events
from kg.extract.events.triggers import Trigger

__all__ = ["Reader", "Trigger", "find_events"]
