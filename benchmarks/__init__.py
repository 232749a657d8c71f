"""Performance benchmarks: each runs the app's code beside a reference in the same run and prints ratios."""
