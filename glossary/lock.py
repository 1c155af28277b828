"""A lock on terms/ so that two builds cannot interleave their writes.

The lock is ``fcntl.flock`` on ``terms/.lock``: the kernel releases it when its holder exits, however
it exits, so a lock left by a killed build is taken over without any guessing about stale pids. The
holder writes its pid into the file for the message the next build prints.
"""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from glossary.errors import LockedError, TermFileError

LOCK_NAME = ".lock"


def _folder(terms_dir: Path) -> str:
    return f"{str(terms_dir).rstrip('/')}/"


def _cannot_write(terms_dir: Path, exc: OSError) -> TermFileError:
    reason = exc.strerror or str(exc)
    return TermFileError(f"cannot write to this folder ({reason})", _folder(terms_dir))


def check_writable(terms_dir: Path) -> None:
    """Raise TermFileError unless a file can be created in terms_dir (tried, not guessed: root
    ignores permission bits, a read-only mount does not)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=terms_dir)
    except OSError as exc:
        raise _cannot_write(terms_dir, exc) from None
    os.close(fd)
    os.unlink(tmp)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "another process"


@contextmanager
def locked(terms_dir: Path) -> Iterator[Path]:
    """Hold the build lock on terms_dir (created if missing) for the duration of the block.

    Raises LockedError when another build holds it and TermFileError when terms_dir is not a
    writable folder. The lock file is removed on release.
    """
    terms_dir = Path(terms_dir)
    if terms_dir.exists() and not terms_dir.is_dir():
        raise TermFileError("not a directory", _folder(terms_dir))
    try:
        terms_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(terms_dir, exc) from None
    path = terms_dir / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _cannot_write(terms_dir, exc) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise LockedError(f"another build is running (lock held by {_holder(path)})",
                                  _folder(terms_dir)) from None
            raise _cannot_write(terms_dir, exc) from None
        # The previous holder may have unlinked the file between our open and our flock: then we
        # hold a lock on a file nobody else can see. Start again on the current file.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as exc:
            raise _cannot_write(terms_dir, exc) from None
        check_writable(terms_dir)
        yield path
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)


def remove_stale_temporaries(terms_dir: Path) -> list[Path]:
    """Delete temporary files a killed build left behind (``.name.toml.XXXX.tmp``). Call under the
    lock only: a running build's temporaries are not stale."""
    removed = []
    for tmp in sorted(Path(terms_dir).glob(".*.tmp")):
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed
