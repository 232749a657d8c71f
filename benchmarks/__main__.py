"""``python -m benchmarks``: run every benchmark and print its ratios."""

from benchmarks import answers, maps_print, startup, surveys

if __name__ == "__main__":
    for index, benchmark in enumerate((startup, surveys, answers, maps_print)):
        if index:
            print()
        benchmark.main()
