# Two commands do all the set-up on a fresh machine with Python 3.11:
#   make demo   - create .venv, install detente, code the sample corpus, print a summary
#   make test   - create .venv, install detente with test extras, run the tests
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test install eval clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run make PYTHON=python3"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/detente demo

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/detente eval

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
