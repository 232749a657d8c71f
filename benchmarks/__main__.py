"""``python -m benchmarks``: run every benchmark and print its ratios."""

from benchmarks import answers, export, maps_canvas, maps_print, merge, startup, surveys

if __name__ == "__main__":
    # maps_canvas makes the widget application the printing benchmark then reuses (it needs only a GUI one).
    for index, benchmark in enumerate((startup, surveys, answers, maps_canvas, maps_print, export, merge)):
        if index:
            print()
        benchmark.main()
