"""``python -m benchmarks``: run every benchmark and print its ratios."""

from benchmarks import answers, startup, surveys

if __name__ == "__main__":
    startup.main()
    print()
    surveys.main()
    print()
    answers.main()
