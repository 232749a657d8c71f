"""Run one benchmark function in a fresh child process and report that process's own peak memory.

``in_child("benchmarks.merge:memory_merge", folder="/tmp/x")`` starts ``python -m benchmarks.child``, which imports
the function, calls it with the keyword arguments and prints its JSON-able result and its peak memory as the last
line: what the measured side needed, imports included, and nothing of the parent's or the reference's.

The peak is the child's ``VmHWM`` (Linux's high-water mark of resident memory for the process's own address
space), not ``ru_maxrss``: Linux carries the parent's resident size across fork and exec into the child's
``ru_maxrss`` (and so into ``wait4``'s and ``RUSAGE_CHILDREN``'s), so a child started from a 500 MB parent reports
at least 500 MB whatever it does. Where there is no /proc (macOS, Windows) ``ru_maxrss`` is the fallback.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import child_env, peak_rss_mb, python


def in_child(target: str, *, home: Path | None = None, **kwargs: Any) -> tuple[Any, float | None]:
    """Call ``module:function`` (``**kwargs`` must be JSON-able) in a child; its result and peak memory in MB."""
    with tempfile.TemporaryDirectory(prefix="bench-child-") as spare:
        env = child_env(home or Path(spare))
        argv = [python(), "-m", "benchmarks.child", target, json.dumps(kwargs)]
        done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{target} failed in its child process: {done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["result"], report["peak_mb"]


def own_peak_mb() -> float | None:
    """This process's peak resident memory in MB: VmHWM where /proc has it, else ``ru_maxrss``, else None."""
    import os

    peak = peak_rss_mb(os.getpid())
    if peak is not None:
        return peak
    try:
        import resource
    except ImportError:  # Windows
        return None
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / 2**20 if sys.platform == "darwin" else value / 1024  # bytes on macOS, KiB elsewhere


def main(argv: list[str]) -> None:
    """The child's side: call the function and print ``{"result": ..., "peak_mb": ...}`` on the last line."""
    module_name, function_name = argv[0].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    result = function(**json.loads(argv[1] if len(argv) > 1 else "{}"))
    print(json.dumps({"result": result, "peak_mb": own_peak_mb()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
