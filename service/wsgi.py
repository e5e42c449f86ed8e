"""The WSGI entry point gunicorn imports: `service.wsgi:app`.

gunicorn's preload_app imports this once in the master, so the spaCy model is loaded before the
workers fork and its memory pages are shared by all of them.
"""

from service import create_app

app = create_app()
