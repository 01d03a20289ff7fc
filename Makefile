# Two commands for a fresh machine with python3 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run console test lint typecheck unit bench test-docker check-content clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "tutorbot needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Install a newer Python and run: make clean && make test PYTHON=python3.12"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/tutorbot run

console: $(STAMP)
	$(BIN)/tutorbot console

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench deploy_tests
	$(BIN)/ruff format --check bot tests bench deploy_tests
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

check-content: $(STAMP)
	$(BIN)/tutorbot check-content

bench: $(STAMP)
	$(BIN)/python -m bench

test-docker: $(STAMP)
	bash scripts/test-docker.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
