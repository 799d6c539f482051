# The two commands a newcomer needs: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= outputs

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

## run the pipeline on the bundled corpus, write its HTML report, then score it against the gold
run: $(STAMP)
	$(BIN)/python -m pipeline run corpus/articles --out $(OUT)
	$(BIN)/python -m pipeline report $(OUT)
	$(BIN)/python -m pipeline evaluate --pred $(OUT) --gold corpus/gold --json $(OUT)/scores.json

## the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests

clean:
	rm -rf $(VENV) $(OUT)
