# Kembar: every target works on a fresh clone; `setup` runs first and is quick once done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
OUT ?= output
GOLD ?=
SHARED ?= ../shared

.PHONY: setup extract test eval blind bench corpus lint

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
	  if [ -x $(SHARED)/blind/score ]; then $(MAKE) --no-print-directory blind; fi; \
	fi

# The blind set: its answers are salted hashes, so only totals are printed. The scanned texts
# are scored beside their text-layer twins (the same files of corpus/).
BLIND := $(SHARED)/blind
blind: setup
	@echo "== blind texts"
	@$(BIN)/kembar extract $(BLIND)/corpus --out $(OUT)/eval-blind 2>&1 | tail -n 1
	@$(BLIND)/score $(OUT)/eval-blind
	@if [ -d $(BLIND)/corpus-scanned ]; then \
	  rm -rf $(OUT)/eval-blind-twins-pdf && mkdir -p $(OUT)/eval-blind-twins-pdf; \
	  for f in $(BLIND)/corpus-scanned/*.pdf; do \
	    ln -s "$(abspath $(BLIND))/corpus/$$(basename "$$f")" $(OUT)/eval-blind-twins-pdf/; \
	  done; \
	  echo "== blind scanned texts"; \
	  $(BIN)/kembar extract $(BLIND)/corpus-scanned --out $(OUT)/eval-blind-scanned 2>&1 | tail -n 1; \
	  $(BLIND)/score $(OUT)/eval-blind-scanned; \
	  echo "== their text-layer twins"; \
	  $(BIN)/kembar extract $(OUT)/eval-blind-twins-pdf --out $(OUT)/eval-blind-twins 2>&1 | tail -n 1; \
	  $(BLIND)/score $(OUT)/eval-blind-twins; \
	fi
	@if [ -d $(BLIND)/real ]; then \
	  echo "== blind real PDFs"; \
	  $(BIN)/kembar extract $(BLIND)/real --out $(OUT)/eval-blind-real 2>&1 | tail -n 1; \
	  $(BLIND)/score --real $(OUT)/eval-blind-real; \
	fi

bench: setup
	$(BIN)/python -m tools.bench

corpus: setup
	$(BIN)/python -m tools.render corpus/src corpus

lint: setup
	$(BIN)/ruff check pipeline tests tools
	$(BIN)/ruff format --check pipeline tests tools
