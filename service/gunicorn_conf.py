"""gunicorn settings for `make run` and the Docker image, from the service's own configuration."""

from service.config import load_config

_settings = load_config()

bind = f"{_settings['HOST']}:{_settings['PORT']}"
workers = _settings["WEB_CONCURRENCY"]
# Load the app (and its model) in the master before forking: workers share the model's pages.
preload_app = True
# One parse of a long article can take a while on a small CPU; the default 30 s is kept as a
# ceiling, the per-request budget lives in the service.
timeout = 60
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
