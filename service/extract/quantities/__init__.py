"""Quantities: how many, how much, of what.

The stages of `extractor.extract_quantities`, over the tokens in text order:

1. `numbers` reads a number phrase (`digits` for digit forms, `fractions` for spelled ones).
2. `context` drops numbers that are dates, ranks, names or numbering, and reads ages, changes
   ("up 5%") and rates ("per day") from the words around.
3. `units` finds what the number measures from the words after it: a currency, percent, a unit
   or, through `nouns`, the noun it counts; `compound` joins amounts written in two parts
   ("5 ft 2 in", "3 dollars 50 cents").
4. The span grows over qualifier, currency symbol, range end and rate (`extractor`).

Word lists (number words, scales, currencies, units, qualifiers) live in `vocab`.
"""

from .extractor import extract_quantities

__all__ = ["extract_quantities"]
