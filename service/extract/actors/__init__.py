"""Actors: one record per person, organisation, place or group the article names.

The stages, in the order `extractor.extract_actors` runs them:

1. `mentions`: spaCy's entities become name candidates (`candidates`), trimmed and split;
   `spans` adds names the model misses or cuts badly, `types` fixes labels the text contradicts.
2. `names`: candidates that name one referent are grouped (short forms, acronyms, surnames).
3. `titles`: what is written before or after a name ("Russian President", "an analyst").
4. `nominals`: descriptions tied to a known actor ("the company", "automaker Brightwell").
5. `coreference`: pronouns resolved to an earlier actor that agrees in gender and number.
6. salience, in `extractor`.

Word lists (titles, organisation words, gendered cues, suffixes) live in `vocab`.
"""

from .extractor import extract_actors

__all__ = ["extract_actors"]
