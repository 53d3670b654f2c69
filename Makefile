# The two commands of the README: `make demo` and `make test`. Both set up from nothing.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup build browser demo stop test lint generate clean

setup: $(VENV)/.installed $(VENV)/.compiled

# The install compiles the rules extractor with mypyc (setup.py); QUOTEGOLD_PURE_PYTHON=1 skips that.
$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[studio,dev]"
	touch $@ $(VENV)/.compiled

# After an edit of the rules extractor: compile it again (until then its Python sources run, with a warning).
RULES_SOURCES := $(wildcard annotation/extractors/rules*.py) annotation/extractors/lexicon.py annotation/extractors/native.py
$(VENV)/.compiled: $(RULES_SOURCES) | $(VENV)/.installed
	$(BIN)/pip install -q --no-deps -e .
	touch $@

# Compile the rules extractor again now, whatever the timestamps say (after a build that failed, say).
build: $(VENV)/.installed
	$(BIN)/pip install -q --no-deps -e .
	touch $(VENV)/.compiled

# Chromium for the browser test: Debian's package (a browser download by Playwright does not work offline).
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# The whole loop on the bundled corpus. NO_SERVE=1 stops Label Studio at the end.
demo: setup
	QG=$(abspath $(BIN))/quotegold scripts/demo.sh $(if $(filter 1 yes true,$(NO_SERVE)),--no-serve)

# Stop the Label Studio that `make demo` left running.
stop: setup
	$(BIN)/quotegold studio stop

test: setup browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

generate: setup
	$(BIN)/python -m schemas.generate

clean:
	rm -rf $(VENV) out .quotegold build annotation/extractors/_native_build.json
	find annotation -name '*.so' -delete
