# Toegang — one entry point for people and CI. Everything installs into .venv/ at the repository root.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
OUT    ?= out
LAW_DATE_EVAL ?= 2025-06-01

.PHONY: run test eval bench lint install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## run: install, audit the demo pages on today's law and write the HTML report
run: $(STAMP)
	$(BIN)/toegang demo --out $(OUT)/demo

## test: install and run every test
test: $(STAMP)
	$(BIN)/python -m pytest

## eval: figures on the hand-labelled corpus in ../shared/corpus (law date 2025-06-01 for the pages)
eval: $(STAMP)
	$(BIN)/toegang eval --corpus $(SHARED)/corpus --date $(LAW_DATE_EVAL)

## bench: throughput, with baselines measured in the same run
bench: $(STAMP)
	$(BIN)/python bench/run.py

## lint: ruff on everything, mypy (strict) on the analysis core
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
