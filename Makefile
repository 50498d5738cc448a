# Two entry points (see README): `make report` and `make test`.
# Both build .venv from nothing with the pinned lock file.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
# Stops camel_tools.data from fetching its catalogue at import time when no
# camel-tools data is installed; see analysis/text/morphology.py.
export MPLBACKEND := Agg

.PHONY: report test install lock clean bench

report: $(STAMP)
	$(PY) -m analysis corpus validate --corpus $(CORPUS)
	$(PY) -m analysis corpus verify --corpus $(CORPUS)
	$(PY) -m analysis report --corpus $(CORPUS)

test: $(STAMP)
	$(PY) -m pytest -q

install: $(STAMP)

# --no-deps twice: the lock file is complete, and it deliberately leaves out
# torch and transformers, which camel-tools declares but our modules never import.
$(STAMP): requirements/lock.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"
	$(PY) -m pip install -q --no-deps -r requirements/lock.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

bench: $(STAMP)
	$(PY) benchmarks/bench_annotate.py

# --all keeps setuptools, needed for the offline editable install above.
lock: $(STAMP)
	{ sed -n '1,2p' requirements/lock.txt; $(PY) -m pip freeze --all --exclude-editable \
	  | grep -v -e '^arabic-conflict-news' -e '^pip=='; } > requirements/lock.txt.new
	mv requirements/lock.txt.new requirements/lock.txt

clean:
	rm -rf $(VENV) reports .pytest_cache .hypothesis
