# Kembar: every target works on a fresh clone; `setup` runs first and is quick once done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
OUT ?= output
GOLD ?=
SHARED ?= ../shared

.PHONY: setup extract test eval bench corpus lint

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pipeline.gazetteer
	touch $@

extract: setup
	$(BIN)/kembar extract $(CORPUS) --out $(OUT)

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/kembar eval $(CORPUS) --gold $(or $(GOLD),$(CORPUS)) --out $(OUT)/eval-$(notdir $(abspath $(CORPUS)))
	@if [ "$(CORPUS)" = "corpus" ] && [ -d $(SHARED)/corpus ]; then \
	  $(BIN)/kembar eval $(SHARED)/corpus --gold $(SHARED)/gold --seeds $(SHARED)/seeds --out $(OUT)/eval-shared; \
	  if [ -d $(SHARED)/corpus-scanned ]; then \
	    $(BIN)/kembar eval $(SHARED)/corpus-scanned --gold $(SHARED)/gold --seeds $(SHARED)/seeds --out $(OUT)/eval-shared-scanned; \
	  fi; \
	  for set in corpus corpus-scanned; do \
	    if [ -d $(SHARED)/dev/$$set ]; then \
	      $(BIN)/kembar eval $(SHARED)/dev/$$set --gold $(SHARED)/dev/gold --out $(OUT)/eval-dev-$$set; \
	    fi; \
	  done; \
	  if [ -d $(SHARED)/real ]; then \
	    $(BIN)/kembar eval $(SHARED)/real --gold $(SHARED)/real-gold --out $(OUT)/eval-real; \
	  fi; \
	fi

bench: setup
	$(BIN)/python -m tools.bench

corpus: setup
	$(BIN)/python -m tools.render corpus/src corpus

lint: setup
	$(BIN)/ruff check pipeline tests tools
	$(BIN)/ruff format --check pipeline tests tools
