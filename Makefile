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

.PHONY: report test install lock clean bench bench-corpus

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

# Benchmarks print numbers and SUMMARY lines; they never fail on speed (see benchmarks/).
# bench_store needs the SaudiNewsNet corpus: make bench-corpus SNN_CORPUS=/tmp/snn/corpus
SNN_CORPUS ?=
bench: $(STAMP)
	$(PY) benchmarks/bench_length.py
	$(PY) benchmarks/bench_long_sentence.py
	$(PY) benchmarks/bench_annotate.py --max-docs 5000
	$(PY) benchmarks/bench_store.py $(if $(SNN_CORPUS),--corpus $(SNN_CORPUS))

bench-corpus: $(STAMP)
	$(PY) -m analysis corpus add ../shared/data/saudinewsnet/*.zip --corpus $(or $(SNN_CORPUS),/tmp/snn/corpus) \
	  --id-prefix snn --map text=content,title=title,url=url,outlet=source,published=date_extracted,retrieved=date_extracted \
	  --date-source inferred --rights 'CC BY-NC-SA 4.0; research use only (SaudiNewsNet)' --skip-invalid
	$(PY) -m analysis corpus release 0.1.0 --corpus $(or $(SNN_CORPUS),/tmp/snn/corpus) --message "SaudiNewsNet"

# --all keeps setuptools, needed for the offline editable install above.
lock: $(STAMP)
	{ sed -n '1,2p' requirements/lock.txt; $(PY) -m pip freeze --all --exclude-editable \
	  | grep -v -e '^arabic-conflict-news' -e '^pip=='; } > requirements/lock.txt.new
	mv requirements/lock.txt.new requirements/lock.txt

clean:
	rm -rf $(VENV) reports .pytest_cache .hypothesis
