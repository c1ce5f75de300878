# Every command a developer needs; `make help` lists them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
HTMX := static/vendor/htmx.min.js
SWAGGER := static/vendor/swagger-ui/swagger-ui-bundle.js
FLAGS := static/vendor/flags/gb.svg
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install install-dev run serve test test-fast lint fmt bench db-upgrade seed lock services clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install -q --require-hashes -r requirements-dev.lock
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(HTMX): node_modules/.package-lock.json
	mkdir -p static/vendor
	cp node_modules/htmx.org/dist/htmx.min.js $(HTMX)

$(SWAGGER): node_modules/.package-lock.json
	mkdir -p static/vendor/swagger-ui
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css static/vendor/swagger-ui/

$(FLAGS): node_modules/.package-lock.json
	mkdir -p static/vendor/flags
	cp node_modules/flag-icons/flags/4x3/*.svg static/vendor/flags/

install: $(VENV)/.installed $(HTMX) $(SWAGGER) $(FLAGS) ## Set up: virtualenv, pinned Python packages, front-end assets

install-dev: install $(VENV)/.installed-dev ## Set up for development and tests

db-upgrade: install ## Apply the database migrations
	$(BIN)/tracker db upgrade

seed: install ## Load seeds/ into the database if it has no documents yet
	$(BIN)/tracker ingest --only-if-empty seeds

run: install db-upgrade seed ## Set up, migrate, load the seeds and serve on http://$(HOST):$(PORT)
	$(BIN)/tracker serve --host $(HOST) --port $(PORT)

services: ## Start what the tests need: PostgreSQL and Debian's Chromium
	bash scripts/postgres-up.sh
	bash scripts/chromium-up.sh

lint: install-dev ## ruff check, ruff format --check, mypy --strict
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app

fmt: install-dev ## Format and auto-fix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev services lint ## Set up everything the tests need, then run them all
	$(BIN)/pytest -n 2 --dist loadgroup

test-fast: install-dev ## Only the tests, on what is already set up
	$(BIN)/pytest -n 2 --dist loadgroup

bench: install-dev ## Print extraction and page timings (never asserts)
	$(PY) bench/bench.py

lock: ## Re-resolve the pinned dependencies after editing pyproject.toml
	test -x $(BIN)/pip-compile || $(BIN)/pip install -q pip-tools
	$(BIN)/pip-compile -q --strip-extras --generate-hashes -o requirements.lock pyproject.toml
	$(BIN)/pip-compile -q --strip-extras --generate-hashes --extra dev -c requirements.lock -o requirements-dev.lock pyproject.toml

clean: ## Remove the virtualenv, node_modules and copied assets (keeps var/)
	rm -rf $(VENV) node_modules static/vendor
