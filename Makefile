# Toegang — one entry point for people and CI. Everything installs into .venv/ at the repository root.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
OUT    ?= out
LAW_DATE_EVAL ?= 2025-06-01

AXE    := $(VENV)/node_modules/axe-core/axe.min.js

.PHONY: run test eval bench lint install clean system-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# Browser tests drive Debian's Chromium (Playwright's own browser download does not work here); the load
# benchmark uses wrk. Both come from Debian's packages; axe-core comes from npm into .venv (not committed).
system-deps:
	@test -x /usr/bin/chromium && command -v wrk >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium wrk)

$(AXE): | $(STAMP)
	npm install --prefix $(VENV) --no-save --no-audit --no-fund --silent axe-core@4.14.1

## run: install, measure the fictional web, import it and serve the site on http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/toegang demo --out $(OUT)/demo
	$(BIN)/toegang web migrate --verbosity 0
	$(BIN)/toegang web import-meting $(OUT)/demo
	@echo "De website staat op http://127.0.0.1:8000/  (stoppen: Ctrl+C)"
	$(BIN)/toegang web runserver 127.0.0.1:8000

## test: install and run every test (SQLite), then the web tests again on PostgreSQL
test: $(STAMP) $(AXE) system-deps
	$(BIN)/python -m pytest
	@PG="$$($(BIN)/python -m toegang.web.pgprobe --start)" || exit 1; \
	if [ -n "$$PG" ]; then echo "Web tests on PostgreSQL ($$PG)"; \
		DATABASE_URL="$$PG" $(BIN)/python -m pytest tests/web -m "not browser"; fi

## eval: figures on the hand-labelled corpus in ../shared/corpus (law date 2025-06-01 for the pages)
eval: $(STAMP)
	$(BIN)/toegang eval --corpus $(SHARED)/corpus --date $(LAW_DATE_EVAL)

## bench: throughput, with baselines measured in the same run
# Each benchmark prints its figures and exits non-zero when it misses its target; "-" lets the others still run.
bench: $(STAMP) system-deps
	-$(BIN)/python bench/run.py
	-$(BIN)/python bench/matching.py
	-$(BIN)/python bench/web.py
	-$(BIN)/python bench/worklist.py
	-$(BIN)/python bench/raad.py

## lint: ruff on everything, mypy (strict) on the analysis core
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
