"""Worker processes for ``--jobs``: forked, so that they inherit the parent's data (documents,
segmenter, dictionaries) instead of receiving it pickled or building it again."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import Pool


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the platform tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# The default number of processes stops here: mining has long serial stages, so more workers
# gain little, while each one's copy-on-write share of a large corpus's data costs memory.
JOBS_MAX = 4


def default_jobs() -> int:
    """``--jobs`` when none is given: the CPUs this process may use, at most ``JOBS_MAX``."""
    return min(available_cpus(), JOBS_MAX)


def can_fork() -> bool:
    """Whether this platform starts processes by ``fork`` (spawning re-imports everything and
    costs more than the work it would share)."""
    return "fork" in multiprocessing.get_all_start_methods()


@contextlib.contextmanager
def fork_pool(jobs: int) -> Iterator[Pool]:
    """A pool of ``jobs`` forked worker processes.

    While it runs, the parent's objects are frozen out of the cyclic garbage collector, so that a
    worker's collections do not walk (and so copy, page by page) the whole heap it shares with
    the parent.
    """
    with long_lived(), multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield pool


@contextlib.contextmanager
def long_lived() -> Iterator[Callable[[], None]]:
    """Objects made so far stay alive for the whole block (a corpus, its candidates): keep the
    cyclic garbage collector from walking them again and again as the block allocates more.

    Yields a function that does the same for the objects made since (call it after each stage
    whose results the rest of the block keeps). Nested blocks release everything when the
    outermost one ends."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        if outermost:
            gc.unfreeze()


@contextlib.contextmanager
def acyclic() -> Iterator[None]:
    """A block that makes no reference cycles: the cyclic garbage collector is paused while it
    runs (reference counting still frees everything it drops), so that its full passes do not
    walk the block's many long-lived objects again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Aside:
    """Values computed in a forked child process while the parent goes on with other work.

    ``function()`` returns an iterable; the child sends each of its values (pickled) as soon as
    it has it, and ``next()`` waits for the next one, so a child can hand over a first result
    early and go on with a second. Where processes cannot be forked, or the child fails,
    ``next()`` computes the values in this process instead (so an error is raised here, as it
    would be without the child). ``result()`` is for a function of one value."""

    def __init__(self, function: Callable[[], Iterable[object]], fork: bool = True) -> None:
        self._function = function
        self._received = 0
        self._local: Iterator[object] | None = None
        self._process = None
        self._conn = None
        if not (fork and can_fork()):
            return
        receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)

        def run() -> None:
            receive.close()
            try:
                for value in function():
                    send.send(("ok", value))
            except BaseException:       # the parent computes it again and raises there
                with contextlib.suppress(OSError):
                    send.send(("failed", None))
            finally:
                send.close()

        try:
            with long_lived():
                process = multiprocessing.get_context("fork").Process(target=run, daemon=True)
                process.start()
        except OSError:
            receive.close()
            send.close()
            return
        send.close()
        self._process, self._conn = process, receive

    def next(self) -> object:
        """The function's next value (from the child while it works)."""
        if self._conn is not None:
            try:
                status, value = self._conn.recv()
            except (EOFError, OSError):
                status, value = "failed", None
            if status == "ok":
                self._received += 1
                return value
            self.close()
        if self._local is None:         # in this process: skip what the child already sent
            self._local = iter(self._function())
            for _ in range(self._received):
                next(self._local)
        return next(self._local)

    def result(self) -> object:
        """The value of a function that yields one."""
        try:
            return self.next()
        finally:
            self.close()

    def close(self) -> None:
        """Let the child go (stopping it if it is still working)."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None:
            conn.close()
            process.join(timeout=0)
            if process.is_alive():
                process.terminate()
            process.join()
