"""The accuracy instrument: `python -m eval` scores the extractors against gold annotations.

gold.py loads the files; score.py and score_quotes.py hold the per-layer rules; run.py runs the
pipeline and sums counts; conformance.py checks the Recognizers-Text cases (unit names mapped in
units_map.py); report.py prints the table, writes --json and compares with --diff.
See eval/README.md for how the scoring rules were read.
"""
