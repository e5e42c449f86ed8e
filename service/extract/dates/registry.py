"""The rule registry: each rule family adds its rules here when it is imported.

A rule is a regular expression plus a handler turning its match into a `Draft`. The order of
`RULES` is the order the families are imported in (`rules/__init__.py`), and it breaks ties: of
two matches of the same length at the same place, the earlier rule's wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .context import Context, Draft
from .literals import Literals, required_literals

Handler = Callable[[re.Match[str], Context], Draft | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # One of these is in the folded text (`literals.fold`) wherever the rule matches.
    needs: Literals | None = None

    def may_match(self, folded: str) -> bool:
        """False when the rule cannot match the text: none of the literals it needs is there."""
        return self.needs is None or any(word in folded for word in self.needs)


RULES: list[Rule] = []


def rule(name: str, pattern: str, flags: int = re.IGNORECASE) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        compiled = re.compile(pattern, flags)
        RULES.append(Rule(name, compiled, handler, required_literals(compiled)))
        return handler

    return register
