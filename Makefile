# MVP-handboken. `make help` lists the commands. Everything runs in .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
SITE := site
ADRESS := 127.0.0.1:8000
# Material's banner about MkDocs 2.0 says nothing about this handbook.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve build check test bench sokkvalitet systempaket publish rollback arkiv adresser granska lint clean

help: ## Visa kommandona
	@echo "MVP-handboken – kommandon:"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20

$(VENV)/.installerad: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11, 5) else 1)' 2>/dev/null || { \
	  echo "MVP-handboken behöver Python 3.11.5 eller senare, men '$(PYTHON)' är $$($(PYTHON) --version 2>&1)."; \
	  echo "Installera en nyare Python och kör till exempel: make PYTHON=python3.12 $(MAKECMDGOALS)"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

serve: $(VENV)/.installerad ## Visa handboken på http://127.0.0.1:8000 och ladda om vid ändringar
	@$(PY) -m macros serve --dev-addr $(ADRESS)

build: $(VENV)/.installerad ## Bygg webbplatsen strikt till site/ (den gamla finns kvar om bygget misslyckas)
	@rm -rf .site-ny
	@$(PY) -m macros bygg --site-dir .site-ny
	@rm -rf .site-gammal; if [ -d $(SITE) ]; then mv $(SITE) .site-gammal; fi
	@mv .site-ny $(SITE) && rm -rf .site-gammal
	@echo "Klart: webbplatsen finns i $(SITE)/"

check: $(VENV)/.installerad ## Kontrollera data och sidor, bygg strikt och registrera nya adresser (snabbt)
	@$(PY) -m macros kontroll
	@rm -rf .site-kontroll
	@HB_SOK=0 $(PY) -m macros bygg --site-dir .site-kontroll && $(PY) scripts/adresser.py .site-kontroll --uppdatera; \
	  status=$$?; rm -rf .site-kontroll; exit $$status
	@echo "Allt ser bra ut."

systempaket: ## Installera Chromium och nginx (för webbläsartesterna) om de saknas
	@sh scripts/systempaket.sh

test: $(VENV)/.installerad systempaket ## Kör alla tester
	$(PY) -m pytest -n 2 --dist worksteal

bench: $(VENV)/.installerad ## Mät byggtid och storlek för 26, 250 och 2 500 skolor
	$(PY) scripts/bench.py

sokkvalitet: $(VENV)/.installerad systempaket ## Mät hur ofta sökningen ger rätt avsnitt (hit@1, hit@3) för frågorna i tests/sokfragor.yml
	$(PY) scripts/sokkvalitet.py

publish: $(VENV)/.installerad systempaket ## Publicera till DEST=katalog (FORHANDSVISNING=1: förhandsversion)
	@test -n "$(DEST)" || { echo "Ange var handboken ska publiceras, till exempel: make publish DEST=/srv/mvp-handboken"; exit 2; }
	$(PY) scripts/publicera.py publicera "$(DEST)" $(if $(FORHANDSVISNING),--forhandsvisning)

rollback: $(VENV)/.installerad ## Gå tillbaka till förra publicerade versionen i DEST=katalog
	@test -n "$(DEST)" || { echo "Ange katalogen, till exempel: make rollback DEST=/srv/mvp-handboken"; exit 2; }
	$(PY) scripts/publicera.py aterstall "$(DEST)"

arkiv: $(VENV)/.installerad systempaket ## Bygg, kontrollera och packa webbplatsen i dist/ (tar.gz med SHA-256)
	$(PY) scripts/publicera.py arkiv dist

lint: $(VENV)/.installerad ## Granska Python-koden (ruff) och YAML-filerna (yamllint)
	$(BIN)/ruff check macros hooks scripts tests
	$(BIN)/ruff format --check macros hooks scripts tests
	$(BIN)/yamllint -c .yamllint.yml data mkdocs.yml .gitlab-ci.yml .github .pre-commit-config.yaml

granska: $(VENV)/.installerad ## Visa vilka sidor som ska granskas (FORMAT=json: som JSON för en påminnelse)
	@$(PY) -m macros granska $(if $(filter json,$(FORMAT)),--json)

adresser: $(VENV)/.installerad ## Lägg till nya sidor och avsnitt i registret över publicerade adresser
	@rm -rf .site-adresser
	@HB_SOK=0 $(PY) -m macros bygg --site-dir .site-adresser
	@$(PY) scripts/adresser.py .site-adresser --uppdatera; status=$$?; rm -rf .site-adresser; exit $$status

clean: ## Ta bort byggen och cacher (inte .venv)
	rm -rf $(SITE) .site-ny .site-gammal .site-kontroll .bench .pytest_cache
