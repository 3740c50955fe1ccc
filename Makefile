# The two commands of the README, and a few more.
.PHONY: setup run test bench build clean

setup:
	./scripts/setup

# A statically linked Swift runtime starts several times faster.
build: setup
	swift build -c release --static-swift-stdlib --product repl

run: build
	.build/release/repl

# The pseudo-terminal tests run on their own: other suites spawn processes
# concurrently, and terminal-mode races make those tests flaky under load.
test: setup
	swift test --skip InteractiveTests
	swift test --filter InteractiveTests

bench: setup
	swift build -c release --product bench
	.build/release/bench
	./scripts/bench-startup

clean:
	rm -rf .build
