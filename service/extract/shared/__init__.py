"""What the fact kinds share, and nothing specific to one of them.

- `parsing`: the one spaCy parse of an article, and fast lookups over its tokens.
- `facts`: the records the kinds return (Actor, DateFact, Quantity, Quote) and their parts.
- `reporting`: the verbs of saying, read by actors (salience) and quotes (cues).

Nothing here imports a kind.
"""
