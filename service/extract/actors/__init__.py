"""Actors: one record per person, organisation, place or group the article names.

The stages, in the order `extractor.extract_actors` runs them:

1. `mentions`: spaCy's entities become name candidates (`candidates`), trimmed and split;
   `spans` adds names the model misses or cuts badly, `types` fixes labels the text contradicts.
2. `names`: candidates that name one referent are grouped (short forms, acronyms, surnames).
3. `titles`: what is written before or after a name ("Russian President", "an analyst").
4. `nominals`: descriptions tied to a known actor ("the company", "automaker Brightwell").
5. `coreference`: pronouns (and "the old man", a headline's "Canadian man") resolved to an
   earlier actor that agrees in gender and number; `interviews` gives "I" and "you" their people.
6. `descriptions`: what a verb predicates of a mention ("he was a composer"), and definite nouns
   repeating one; `relations`: "his father" where the text stated who that is.
7. `nested`: a name inside a longer name counts for its own actor; then salience, in `extractor`.

Word lists (titles, organisation words, gendered cues, suffixes) live in `vocab`; tables built
from licensed sources in `data/` (`given_names`, `noun_classes`); country names come from CLDR
(`countries`).
"""

from .extractor import extract_actors

__all__ = ["extract_actors"]
