# Two commands on a fresh machine: `make run` and `make test`.
# Each creates .venv and installs what is missing, so either works alone.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000

.PHONY: run test bench reliability install chromium postgresql clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's dependencies change.
$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --disable-pip-version-check -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Extract the bundled examples (their records printed), keep them in accord.db, and serve the web app.
run: $(STAMP)
	$(BIN)/accord extract examples/
	$(BIN)/accord ingest --db accord.db examples/
	$(BIN)/accord serve --db accord.db --host 127.0.0.1 --port $(PORT)

test: $(STAMP) chromium postgresql
	$(BIN)/python -m pytest -q

# The web app's browser tests drive Debian's chromium (Playwright cannot download its own here).
chromium:
	@test -x /usr/bin/chromium || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } \
		|| echo "make: could not install chromium (needs root); the browser tests will be skipped" >&2

# The reliability suite alone, its report written to docs/reliability.md (a plain `make test` writes nothing).
reliability: $(STAMP) chromium
	ACCORD_WRITE_REPORT=1 $(BIN)/python -m pytest -q tests/reliability

# The store's tests also run on PostgreSQL: they start a throwaway cluster from Debian's server binaries
# (no cluster of the package's own is made or started).
postgresql:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		mkdir -p /etc/postgresql-common && echo "create_main_cluster = false" >> /etc/postgresql-common/createcluster.conf \
		&& apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } \
		|| echo "make: could not install postgresql (needs root); the PostgreSQL tests will be skipped" >&2

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
