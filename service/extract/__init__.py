"""The extraction core: plain Python over one spaCy `Doc`, knowing nothing of Flask or Redis."""

from .pipeline import FACT_KINDS, Extraction, Pipeline, load_pipeline

__all__ = ["FACT_KINDS", "Extraction", "Pipeline", "load_pipeline"]
