# Bibliomobile — the two commands of the README, and the rest.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
DEMO_DB ?= .demo/bibliomobile-demo.sqlite3
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-quick lint typecheck pytest bench translations ts dist clean demo screenshots

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[dev]"
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the self.tr()/QT_TRANSLATE_NOOP strings of the UI (French source).
ts: $(VENV)/.installed
	for lang in fr en; do \
	  $(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete \
	    -source-language fr -target-language $$lang src/bibliomobile/ui \
	    src/bibliomobile/message_codes src/bibliomobile/commands src/bibliomobile/cli.py \
	    -ts resources/translations/bibliomobile_$$lang.ts; \
	done

$(DEMO_DB): | $(VENV)/.installed
	mkdir -p $(dir $(DEMO_DB))
	$(VENV)/bin/bibliomobile demo --plain --db $(DEMO_DB)

demo: $(DEMO_DB)

run: $(VENV)/.installed translations $(DEMO_DB)
	$(VENV)/bin/bibliomobile gui --db $(DEMO_DB)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests bench tools
	$(VENV)/bin/ruff format --check src tests bench tools

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

# Two workers: the suite is about twice as fast on the two cores CI has.
pytest: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n 2 --durations=15

test: lint typecheck pytest

# The quick loop while working (under a minute on two cores): everything but the tests marked
# slow (real servers, solvers,
# long scripted sessions). make test runs them all.
test-quick: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -m "not slow" -n 2

# Every workspace and dialog at 1366×705, in French and in English, on a small demo network:
# one PNG each in docs/screens/fr/ and docs/screens/en/ (the screen-fit test takes them).
screenshots: $(VENV)/.installed translations
	BIBLIOMOBILE_SCREENS=$(CURDIR)/docs/screens QT_QPA_PLATFORM=offscreen \
	  $(VENV)/bin/pytest -q tests/ui/test_screens_fit.py

bench: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

# Linux package built from a one-folder PyInstaller bundle, then smoke-tested from the .deb.
dist: $(VENV)/.installed translations
	$(PIP) install --quiet "pyinstaller>=6.10"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installers/bibliomobile.spec
	installers/linux/build_deb.sh dist/bibliomobile dist
	$(PY) tools/make_old_db.py build/old-schema.sqlite3
	BIBLIOMOBILE_OLD_DB=build/old-schema.sqlite3 $(PY) installers/smoke_test.py dist/bibliomobile_*.deb

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache $(QM)
