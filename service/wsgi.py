"""The WSGI entry point gunicorn imports: `service.wsgi:app`.

gunicorn's preload_app imports this once in the master, so the spaCy model is loaded before the
workers fork and its memory pages are shared by all of them.
"""

import gc

from service import create_app

app = create_app()
# Everything loaded so far (the model above all) lives as long as the process. Frozen, it is
# never visited by the workers' garbage collector, whose bookkeeping writes would otherwise
# copy the shared pages into each worker.
gc.freeze()
