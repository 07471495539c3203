# Ortak Masa — two commands for a fresh machine:
#   make demo   install, load reference and demo data, serve on http://127.0.0.1:8000
#   make test   install with the dev extra, run ruff, mypy and the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: demo test install install-dev lint typecheck pytest serve worker clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -m ortakmasa.lib.msgfmt
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/python -m ortakmasa.lib.msgfmt
	touch $@ $(STAMP)

install: $(STAMP)
install-dev: $(DEV_STAMP)

demo: export DEBUG ?= 1
demo: $(STAMP)
	mkdir -p var
	$(BIN)/ortakmasa migrate --noinput
	$(BIN)/ortakmasa demo
	@echo ""
	@echo "Ortak Masa: http://$(HOST):$(PORT)/  (stop with Ctrl-C)"
	$(BIN)/ortakmasa runserver $(HOST):$(PORT)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEV_STAMP)
	$(BIN)/mypy src/ortakmasa

pytest: $(DEV_STAMP)
	$(BIN)/python -m pytest

test: lint typecheck pytest

# Every benchmark in bench/, each printing its figures beside a floor measured
# in the same run; BENCH_DATABASE_URL=postgres://… runs them on PostgreSQL.
bench: $(DEV_STAMP)
	$(BIN)/python bench/run_all.py

worker: $(STAMP)
	$(BIN)/ortakmasa worker

clean:
	rm -rf $(VENV) var build *.egg-info src/*.egg-info
