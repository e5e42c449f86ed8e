"""Quotes: who said what, direct, partial and indirect, with speakers resolved to actors.

The stages of `extractor.extract_quotes`:

1. `shared.marks` pairs quote marks (double, guillemets, single), leaving apostrophes alone;
   the actors' pronoun resolution reads the same pairs.
2. Each quoted span is classified by how it attaches to a reporting verb (`extractor`): direct,
   partial, or no quote at all (names, titles, scare quotes); `speakers` goes from the verb to
   its subject and from there to an actor.
3. `indirect` finds reported clauses without marks ("X said that ...", "according to X, ...");
   `pull_quotes` finds paragraphs of a person's words signed with a bare name, `transcripts`
   the turns of a transcript ("MS. PSAKI: ...").

Word lists live in `vocab`, the quote marks in `shared.marks`; the verbs of saying, which
actors read too, in `shared.reporting`.
"""

from .extractor import extract_quotes

__all__ = ["extract_quotes"]
