# Thin wrapper: set-up, build, and the site or the tests. CMake does the real work.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: site test build deps test-deps clean

site: deps build
	./$(BUILD)/publish build

test: test-deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

build:
	@[ -f $(BUILD)/CMakeCache.txt ] || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

deps:
	./scripts/install-deps build

test-deps:
	./scripts/install-deps test

clean:
	rm -rf $(BUILD) output

.PHONY: bench
bench: deps build
	./bench/run
