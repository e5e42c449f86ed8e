# newsfacts: a slim image with the dependencies and the spaCy model installed at build time.
# Not exercised by the test suite (no Docker engine runs on the development machines).

FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml constraints.txt requirements-model.txt README.md ./
COPY service ./service
# The same pip as make install: older ones miss lxml's html-clean extra, which trafilatura needs.
RUN pip install pip==25.3 \
 && pip install -c constraints.txt . \
 && pip install --no-deps --require-hashes -r requirements-model.txt

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 HOST=0.0.0.0 PORT=8000 \
    OPENAPI_PATH=/app/openapi.yaml
RUN useradd --system --uid 10001 --home-dir /app newsfacts \
 && mkdir -p /var/cache/newsfacts && chown newsfacts /var/cache/newsfacts
# Without REDIS_URL the embedded Redis keeps its socket and snapshot here (mount a volume to
# keep the cache across containers).
ENV CACHE_DIR=/var/cache/newsfacts
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY openapi.yaml ./
USER newsfacts
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"
ENTRYPOINT ["gunicorn", "--config", "python:service.gunicorn_conf", "service.wsgi:app"]
