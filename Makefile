# Thin wrapper: set-up, build, and the site or the tests. CMake does the real work.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60

.PHONY: site test build deps test-deps clean test-sanitize fuzz

site: deps build
	./$(BUILD)/publish build

test: test-deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-sanitize

# The unit, end-to-end and fuzz-replay tests again under AddressSanitizer and UBSan (browsers apart).
test-sanitize: test-deps
	@[ -f $(ASAN_BUILD)/CMakeCache.txt ] || cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" -DPUBLISH_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) --label-exclude browser

# Each libFuzzer target for FUZZ_SECONDS, from its seed corpus (clang: see fuzz/README.md).
fuzz:
	@[ -f $(FUZZ_BUILD)/CMakeCache.txt ] || CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPUBLISH_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	./fuzz/run $(FUZZ_BUILD)/fuzz $(FUZZ_SECONDS)

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
