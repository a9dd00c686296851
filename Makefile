# Folio: two commands for a fresh machine (see README.md), plus the long-running targets.
.PHONY: setup test bench fuzz stress soak service-load clean

setup:
	scripts/setup.sh

test:
	scripts/install-deps.sh
	scripts/relink-if-archives-changed.sh
	swift build --build-tests
	swift test --skip-build

bench:
	bash Benchmarks/bench.sh

fuzz:
	scripts/build-release.sh --product folio-fuzz && .build/release/folio-fuzz --seconds $${FUZZ_SECONDS:-600} --seed $${FUZZ_SEED:-$$(date +%s)}

# The seed rendered a million times in process on every core (no HTTP), once under ThreadSanitizer.
stress:
	bash Benchmarks/stress.sh

# folio-serve under mixed load for SOAK_MINUTES (default 30): crashes, errors, p99 and RSS every minute.
soak:
	bash Benchmarks/soak.sh

# `folio serve` under wrk (loopback): archived PDF and POST /render of the seed, 30 s each.
service-load:
	bash Benchmarks/service-load.sh

clean:
	rm -rf .build out
