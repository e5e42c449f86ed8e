"""The extraction core: plain Python over one spaCy `Doc`, knowing nothing of Flask or Redis.

`pipeline` parses an article once and runs every fact kind over that one `Doc`:

    actors/      people, organisations, places and groups, with their mentions and titles
    dates/       temporal expressions as TIMEX3 values, relative ones resolved on a reference
    quantities/  amounts: value, unit, qualifier, change
    quotes/      who said what, with speakers resolved to actors
    shared/      what the kinds share: the parse, the fact records, the verbs of saying

Imports run one way: pipeline -> kinds -> shared; no kind imports another (`make lint` checks
it with import-linter, contracts in pyproject.toml).
"""

from .pipeline import FACT_KINDS, Article, Extraction, Pipeline, load_pipeline

__all__ = ["FACT_KINDS", "Article", "Extraction", "Pipeline", "load_pipeline"]
