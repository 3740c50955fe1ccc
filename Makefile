# The two commands of the README, and a few more.
.PHONY: setup run test bench build fuzz clean

setup:
	./scripts/setup

# A statically linked Swift runtime starts several times faster.
build: setup
	swift build -c release --static-swift-stdlib --product repl

run: build
	.build/release/repl

# The pseudo-terminal tests run on their own: other suites spawn processes
# concurrently, and terminal-mode races make those tests flaky under load.
# A throw-away PostgreSQL cluster serves the PostgreSQL tests, and stops after.
# The load test (30 s of 20 clients) runs alone too, so that nothing else competes for the cores.
test:
	./scripts/setup --tests
	./scripts/with-postgres swift test --skip InteractiveTests --skip LoadTests
	swift test --filter InteractiveTests
	swift test --filter LoadTests

# Each fuzz target for FUZZ_SECONDS (libFuzzer + AddressSanitizer, in .build-fuzz).
FUZZ_SECONDS ?= 60
fuzz: setup
	./scripts/fuzz $(FUZZ_SECONDS)

bench: setup
	swift build -c release --product bench
	.build/release/bench
	./scripts/bench-startup
	./scripts/bench-scale

clean:
	rm -rf .build .build-fuzz
