from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


# Property tests judge behaviour, never speed: no per-example deadline on a busy 2-core machine,
# and in CI the same examples every run.
from hypothesis import settings  # noqa: E402

settings.register_profile("glossary", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "glossary")
