# The two commands of the README, and a few more.
.PHONY: setup run test bench build clean

setup:
	./scripts/setup

build: setup
	swift build -c release --product repl

run: build
	.build/release/repl

test: setup
	swift test

bench: setup
	swift build -c release --product bench
	.build/release/bench

clean:
	rm -rf .build
