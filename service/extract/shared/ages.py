"""A person's age as news gives it right after the name: "Smith, 45, said", "Jane Doe (45)".

Both kinds read it: the actors (the name before is a person's) and the quantities (the number
is an age in years).
"""

from __future__ import annotations

from typing import Final

# No one's age is written larger.
MAX_AGE: Final[int] = 125
# The marks around the number: a comma before and a comma, full stop or semicolon after, or
# brackets.
_MARKS: Final[frozenset[tuple[str, str]]] = frozenset(
    {(",", ","), (",", "."), (",", ";"), ("(", ")")}
)


def bracketed_age(before: str, value: float, after: str) -> bool:
    """Whether a whole number set between these marks right after a name can be the age."""
    return (before, after) in _MARKS and value == int(value) and 1 <= value <= MAX_AGE
