"""Developer tools: the synthetic registry generator used by the example, tests and benchmarks."""
