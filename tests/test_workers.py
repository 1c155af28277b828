"""workers.Aside hands a forked child's values back in order, and never loses one: a child that
fails (or cannot be forked) leaves the work to the parent, whose error is the real one."""

from __future__ import annotations

import gc
import os

import pytest

from glossary.workers import Aside, acyclic, can_fork

needs_fork = pytest.mark.skipif(not can_fork(), reason="worker processes need fork")


def _values():
    """Three values, the child's process id among them (to tell where they were made)."""
    yield {"pid": os.getpid(), "squares": [n * n for n in range(5)]}
    yield "second"
    yield ("third", os.getpid())


@needs_fork
def test_values_come_back_in_order_from_a_child_process():
    aside = Aside(_values)
    first = aside.next()
    assert first["pid"] != os.getpid()            # made in the child
    assert first["squares"] == [0, 1, 4, 9, 16]
    assert aside.next() == "second"
    third = aside.next()
    assert third[0] == "third" and third[1] == first["pid"]
    aside.close()


def test_without_a_child_the_values_are_made_here_when_asked_for():
    made = []

    def values():
        made.append("started")
        yield 1
        yield 2

    aside = Aside(values, fork=False)
    assert made == []                               # nothing done before it is asked for
    assert aside.next() == 1
    assert aside.next() == 2
    assert made == ["started"]


@needs_fork
def test_a_child_that_fails_part_way_leaves_the_rest_to_the_parent():
    parent = os.getpid()

    def values():
        yield "sent by the child"
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        yield "made here"

    aside = Aside(values)
    assert aside.next() == "sent by the child"
    assert aside.next() == "made here"              # the parent skips what it already has


@needs_fork
def test_an_error_is_raised_in_the_parent_as_without_a_child():
    def values():
        raise ValueError("bad input")
        yield  # pragma: no cover

    aside = Aside(values)
    with pytest.raises(ValueError, match="bad input"):
        aside.result()


@needs_fork
def test_closing_before_the_values_are_asked_for_stops_the_child():
    def values():
        while True:
            yield "more"

    aside = Aside(values)
    process = aside._process
    aside.close()
    assert process is not None and not process.is_alive()


def test_acyclic_pauses_the_collector_and_restores_it():
    assert gc.isenabled()
    with acyclic():
        assert not gc.isenabled()
        with acyclic():
            assert not gc.isenabled()
        assert not gc.isenabled()                   # the inner block does not re-enable it
    assert gc.isenabled()
    gc.disable()
    try:
        with acyclic():
            pass
        assert not gc.isenabled()                   # it was off before: it stays off
    finally:
        gc.enable()
