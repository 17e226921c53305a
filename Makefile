# Two commands take a fresh machine to a result:
#   make report  installs everything (system packages included) and renders
#                the example report to out/fifteenth_meeting.pdf
#   make test    installs everything and runs ruff, mypy --strict, pytest
#                and the documentation build (warnings as errors)
#   make docs    builds the documentation site in docs/_build/html

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT ?= out

# Debian packages: Pango for WeasyPrint, the Times-metric Liberation Serif
# font (the PDF uses its own copy, shipped in the package; LibreOffice and
# the web page use the system's), poppler for looking at pages (pdftoppm, pdftotext), and the British
# English Hunspell dictionary that migmeet check's spelling rules read.
DEBIAN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
  fonts-liberation2 poppler-utils hunspell-en-gb
# For the tests and the docs: a browser to run axe-core on the meeting's web
# page and to take the screenshots of the live preview, and LibreOffice to
# open the Word document as a reader's word processor would; DejaVu, the one
# font of the fontconfig that shows the PDF needs no system Liberation font.
TEST_DEBIAN_PACKAGES := chromium chromium-driver libreoffice-writer-nogui fonts-dejavu-core
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# taplo, the TOML toolkit behind Even Better TOML, from npm into the virtual
# environment: the tests lint the examples against meeting.toml's schema.
TAPLO := $(VENV)/node/node_modules/.bin/taplo
TAPLO_PACKAGE := @taplo/cli@0.7

.PHONY: report test lint typecheck unit docs system test-system install benchmark clean

report: install
	@mkdir -p $(OUT)
	@echo "make report: rendering the example report to $(OUT)/fifteenth_meeting.pdf (a few seconds)"
	$(BIN)/python examples/fifteenth_meeting.py $(OUT)/fifteenth_meeting.pdf
	@echo "wrote $(OUT)/fifteenth_meeting.pdf"
	@echo "the migmeet command is $(BIN)/migmeet; to call it as plain 'migmeet' in this shell: . $(BIN)/activate"

test: install test-system lint typecheck unit docs

lint: install
	$(BIN)/ruff format --check src tests examples benchmarks docs
	$(BIN)/ruff check src tests examples benchmarks docs

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -n 2 --doctest-modules src tests --doctest-glob="*.rst" docs/tutorial.rst

# The documentation site, with warnings as errors, in docs/_build/html.
docs: install test-system
	$(BIN)/sphinx-build -W --keep-going -b html docs docs/_build/html

benchmark: install
	$(BIN)/python benchmarks/bench_report.py

install: system $(STAMP)

system:
	@echo "make: checking the system packages (Pango, fonts, poppler, the dictionary)"
	@$(MAKE) --no-print-directory apt PACKAGES="$(DEBIAN_PACKAGES)"

test-system: $(TAPLO)
	@$(MAKE) --no-print-directory apt PACKAGES="$(TEST_DEBIAN_PACKAGES)"

$(TAPLO):
	@command -v npm >/dev/null || $(MAKE) --no-print-directory apt PACKAGES=npm
	npm install --prefix $(VENV)/node --no-audit --no-fund --silent $(TAPLO_PACKAGE)

apt:
	@missing=""; for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(STAMP): pyproject.toml
	@echo "make: installing migmeet and its Python packages into $(VENV) (a minute or two the first time)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,docs]'
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache .hypothesis
