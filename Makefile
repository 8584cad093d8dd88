# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SAMPLES := eventwire/data/samples

.PHONY: run test setup setup-dev setup-browser setup-java setup-postgres fuzz lint typecheck eval bench clean

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (or: make PYTHON=python3)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

.stamp-setup: $(VENV)/bin/activate pyproject.toml
	$(PIP) install -q -e .
	@touch $@

.stamp-setup-dev: .stamp-setup pyproject.toml
	$(PIP) install -q -e ".[dev,eval]"
	@touch $@

setup: .stamp-setup
setup-dev: .stamp-setup-dev

## set-up + the main job on the bundled sample articles (SQLite default)
run: setup
	$(VENV)/bin/eventwire run $(SAMPLES) --store sqlite:///eventwire.db --export-dir exports

## Debian's Chromium for the browser tests (idempotent; no browser download)
setup-browser:
	bash .ci/setup-browser.sh

## java for HeidelTime (eval timex compares with it)
setup-java:
	sh .ci/setup-java.sh

## the PostgreSQL server the store tests start on loopback (idempotent)
setup-postgres:
	sh .ci/setup-postgres.sh

## set-up + the whole test suite (exit 5 = no tests ran = failure)
test: setup-dev setup-browser setup-java setup-postgres
	$(PY) -m pytest -q --timeout=900 tests; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "no tests ran: failing"; exit 1; fi; exit $$rc

## long fuzzing runs (atheris), EVENTWIRE_FUZZ_SECONDS per target (default 300)
fuzz: setup-dev
	for t in readers query kb review; do \
	  $(PY) tools/fuzz.py $$t -max_total_time=$${EVENTWIRE_FUZZ_SECONDS:-300} -timeout=30 || exit 1; done

lint: setup-dev
	$(VENV)/bin/ruff check eventwire tests tools
	$(VENV)/bin/mypy

eval: setup-dev
	$(VENV)/bin/eventwire eval plover_gsr

bench: setup-dev
	$(VENV)/bin/eventwire bench $(SAMPLES)

clean:
	rm -rf $(VENV) .stamp-setup .stamp-setup-dev eventwire.db* exports
