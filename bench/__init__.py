"""Performance benchmarks: ``make bench`` writes bench/RESULTS.md."""
