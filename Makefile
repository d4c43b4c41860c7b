# Everyday commands. `make run` and `make test` are the README's quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
BASE_URL ?= http://127.0.0.1:$(PORT)
PIP_FLAGS := --quiet --disable-pip-version-check
CHROMIUM := /usr/bin/chromium
VARNISHD := /usr/sbin/varnishd
XKEY_VMOD := $(wildcard /usr/lib/*/varnish/vmods/libvmod_xkey.so)

.PHONY: run test chromium varnish lint format check audit demo clean

# The virtual environment is rebuilt only when the requirements change.
$(BIN)/.runtime-installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_FLAGS) -r requirements.txt
	touch $@

$(BIN)/.dev-installed: $(BIN)/.runtime-installed requirements-dev.txt
	$(BIN)/pip install $(PIP_FLAGS) -r requirements-dev.txt
	touch $@

## run: install, migrate, load the demo site, print the admin login and serve on 127.0.0.1:$(PORT)
run: $(BIN)/.runtime-installed
	$(BIN)/python manage.py migrate --no-input -v 0
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py load_demo_content
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## test: install the test tools and run the whole suite, browser and Varnish tests included (SQLite unless DATABASE_URL is set)
test: $(BIN)/.dev-installed chromium varnish
	$(BIN)/pytest $(PYTEST_ARGS)

# The browser tests drive Debian's Chromium; Playwright's own browser download is not used.
# As root (CI, containers) it is installed here; anyone else is told the command and stopped,
# because the browser tests fail rather than skip without it.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" -eq 0 ]; then \
			echo "Installing Chromium for the browser tests: apt-get install -y chromium"; \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
		else \
			echo "The browser tests need Chromium at $(CHROMIUM). Install it with:"; \
			echo "    sudo apt-get install -y chromium"; \
			echo "(or run only the other tests: $(BIN)/pytest -m 'not browser')"; \
			exit 1; \
		fi; \
	fi

# The shared-cache tests (tests/core/test_varnish*.py) run Debian's Varnish with vmod_xkey,
# installed the same way: here as root, otherwise the command is shown.
varnish:
	@if [ ! -x $(VARNISHD) ] || [ -z "$(XKEY_VMOD)" ]; then \
		if [ "$$(id -u)" -eq 0 ]; then \
			echo "Installing Varnish for the shared-cache tests: apt-get install -y varnish varnish-modules"; \
			apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y varnish varnish-modules; \
		else \
			echo "The shared-cache tests need Varnish and vmod_xkey. Install them with:"; \
			echo "    sudo apt-get install -y varnish varnish-modules"; \
			exit 1; \
		fi; \
	fi

## lint: ruff's lint rules and formatting
lint: $(BIN)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## check: Django's system checks and no missing migrations
check: $(BIN)/.runtime-installed
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

## audit: known vulnerabilities in the installed, pinned requirements (pip-audit, PyPI's advisory data)
# Every package must be audited when PyPI's per-release JSON API answers; where it
# cannot be reached (a closed network), pip-audit can only skip them, and says so.
audit: $(BIN)/.dev-installed
	@if curl -fsS -m 10 -o /dev/null https://pypi.org/pypi/pip/24.0/json; then \
		$(BIN)/pip-audit --progress-spinner off --strict; \
	else \
		echo "PyPI's per-release JSON API is unreachable from here: pip-audit cannot audit anything."; \
		$(BIN)/pip-audit --progress-spinner off; \
	fi

demo: $(BIN)/.runtime-installed
	$(BIN)/python manage.py migrate --no-input -v 0
	BASE_URL=$(BASE_URL) $(BIN)/python manage.py load_demo_content

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
