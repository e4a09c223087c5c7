# Two commands do everything on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
CORPUS ?= seeds
STAMP  := $(VENV)/.installed

.PHONY: setup report test lab notebooks bench clean

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

setup: $(STAMP)

## report: render every notebook over CORPUS (default seeds/) to reports/*.html
report: setup
	$(PY) -m analysis.report --notebooks notebooks --corpus "$(CORPUS)" --out reports

## test: unit tests, doctests and the notebooks under nbval
test: setup
	$(PY) -m pytest -q tests analysis
	$(PY) -m pytest -q -p no:cacheprovider --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg notebooks

## lab: JupyterLab on the notebooks
lab: setup
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

## notebooks: re-execute the notebooks in place over seeds/ so stored outputs are current
notebooks: setup
	cd notebooks && for nb in [0-9]*.ipynb; do ../$(PY) -m jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done

## bench: every benchmark, numbers printed (needs ../shared; peers from requirements-bench.txt)
bench: setup
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-bench.txt
	$(PY) benchmarks/sentences.py
	$(PY) benchmarks/figures.py
	$(PY) benchmarks/quotes.py

clean:
	rm -rf reports .pytest_cache
