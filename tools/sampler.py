"""A small statistical profiler (for ``tools/stage_cpu.py --sample``).

cProfile charges its own overhead to every call, so code that makes many
cheap calls (spaCy's Token objects, generator steps) looks far costlier
than it is. This samples the main thread's stack every ``interval``
seconds from a helper thread instead: a function's share of the samples is
its share of the time, whatever it calls.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from types import FrameType


def _where(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    short = path.split("/eventwire/", 1)[-1] if "/eventwire/" in path else path.rsplit("/", 2)[-1]
    return f"{short}:{code.co_firstlineno}({code.co_name})"


class Sampler:
    """``with Sampler() as s: ...`` then ``s.report()``."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.own: Counter[str] = Counter()
        self.inclusive: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._target = threading.get_ident()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._switch = sys.getswitchinterval()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            frame = sys._current_frames().get(self._target)
            if frame is None:
                continue
            self.samples += 1
            self.own[_where(frame)] += 1
            seen = set()
            while frame is not None:
                name = _where(frame)
                if name not in seen:
                    seen.add(name)
                    self.inclusive[name] += 1
                frame = frame.f_back

    def __enter__(self) -> Sampler:
        sys.setswitchinterval(self.interval / 4)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        sys.setswitchinterval(self._switch)

    def report(self, top: int = 30) -> str:
        n = max(1, self.samples)
        lines = [f"{self.samples} samples; own time:"]
        lines += [f"  {100 * c / n:5.1f}%  {name}" for name, c in self.own.most_common(top)]
        lines.append("inclusive time:")
        lines += [f"  {100 * c / n:5.1f}%  {name}" for name, c in
                  self.inclusive.most_common(top + 15)]
        return "\n".join(lines)
