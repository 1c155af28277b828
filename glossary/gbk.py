"""GBK byte-level helpers shared by the mojibake repairs."""

from __future__ import annotations

BOUNDARY = "\ufffd"  # unrecoverable damage: a boundary the miner never crosses


def pair(b: bytes) -> str | None:
    """The one character two bytes make in GBK, or None."""
    try:
        s = b.decode("gbk")
    except UnicodeDecodeError:
        return None
    return s if len(s) == 1 else None
