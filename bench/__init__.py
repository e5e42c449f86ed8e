"""`make bench`: how fast newsfacts extracts and how much memory its gunicorn workers take.

Run it as `python -m bench` from the repository root (`--help` lists the options). Parts:

- `pipeline_speed`: the extraction pipeline against bare spaCy, in one process;
- `cache_cost`: a cache hit against a miss of the same articles, through the Flask app in one
  process (the server part gives the same comparison through gunicorn);
- `server` and `load`: gunicorn started as `make run` starts it, driven over loopback;
- `memory`: RSS/PSS of the master and workers, and what the spaCy model costs;
- `report`: the machine, the printed table and the JSON file.

Nothing here asserts a timing: the numbers are for people to read and compare.
"""
