"""Building frozen slotted records without the frozen dataclass ``__init__``.

The pipeline's records (:class:`~analysis.text.tokenize.Token`,
:class:`~analysis.lexicon.schema.TermHit`, the framing stage's hits and
mentions) are ``@dataclass(frozen=True, slots=True)``. Their generated
``__init__`` stores each field through ``object.__setattr__``, a slow path
that made building a nine-field hit cost 1.3 µs; tokenize builds one Token per
token of the corpus. A record is built here as an instance of its *twin*
(:func:`mutable_twin`): a plain class with the same slots in the same order,
whose attribute stores are the interpreter's fastest (a slot store, with no
call), and then becomes the record by ``__class__`` assignment, which Python
allows exactly between classes of the same layout. That costs half of storing
each field through its slot's setter, and a quarter of the frozen ``__init__``.
:func:`record_maker` wraps it in a positional-or-keyword constructor with the
dataclass's own defaults. The record made is the same object the class would
make: same type, fields, equality, hash and immutability.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, TypeVar

R = TypeVar("R")


def mutable_twin(record_type: type) -> type:
    """A plain class with the slots of a frozen slotted dataclass: set its fields, then make it the record.

    An instance of the twin takes plain attribute stores; assigning
    ``record_type`` to its ``__class__`` then makes it a ``record_type`` like
    any other (Python checks that the two layouts are the same). Set every
    field before that: the record is frozen afterwards.

    Example:
        >>> @dataclasses.dataclass(frozen=True, slots=True)
        ... class Span:
        ...     start: int
        ...     end: int
        >>> span = object.__new__(mutable_twin(Span))
        >>> span.start = 3; span.end = 5; span.__class__ = Span
        >>> span == Span(3, 5), type(span) is Span
        (True, True)
    """
    twin = _TWINS.get(record_type)
    if twin is None:
        slots = tuple(f.name for f in _fields(record_type))
        if record_type.__slots__ != slots or record_type.__bases__ != (object,):
            raise TypeError(f"{record_type.__name__}'s slots are not its fields'")
        twin = _TWINS[record_type] = type(f"_{record_type.__name__}Twin", (), {"__slots__": slots})
    return twin


# One twin per record type (a twin is a class: built once, as its record type is).
_TWINS: dict[type, type] = {}


def record_maker(record_type: type[R]) -> Callable[..., R]:
    """A constructor of ``record_type`` (a frozen slotted dataclass) that stores the slots directly.

    It takes the fields as ``record_type`` does (positionally or by keyword,
    with the same defaults) and runs no ``__post_init__``: use it only for
    records without one.

    Example:
        >>> @dataclasses.dataclass(frozen=True, slots=True)
        ... class Hit:
        ...     start: int
        ...     end: int
        ...     kind: str = ""
        >>> make = record_maker(Hit)
        >>> make(1, 4), make(1, 4, kind="actor") == Hit(1, 4, "actor")
        (Hit(start=1, end=4, kind=''), True)
    """
    if hasattr(record_type, "__post_init__"):
        raise TypeError(f"{record_type.__name__} has a __post_init__ that record_maker would skip")
    fields = _fields(record_type)
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": mutable_twin(record_type), "_type": record_type}
    params, body = [], []
    for k, f in enumerate(fields):
        if f.default is not dataclasses.MISSING:
            namespace[f"_default{k}"] = f.default
            params.append(f"{f.name}=_default{k}")
        elif f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{record_type.__name__}.{f.name} has a default factory")
        else:
            params.append(f.name)
        body.append(f"    record.{f.name} = {f.name}")
    source = (f"def make_{record_type.__name__}({', '.join(params)}):\n    record = _new(_twin)\n"
              + "\n".join(body) + "\n    record.__class__ = _type\n    return record\n")
    exec(source, namespace)  # noqa: S102 - the dataclasses module builds __init__ the same way
    make = namespace[f"make_{record_type.__name__}"]
    make.__doc__ = f"Build a {record_type.__name__} (see analysis.text.records.record_maker)."
    return make


def _fields(record_type: type) -> tuple[dataclasses.Field, ...]:
    params = getattr(record_type, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in record_type.__dict__:
        raise TypeError(f"{record_type.__name__} is not a frozen slotted dataclass")
    return dataclasses.fields(record_type)


__all__ = ["mutable_twin", "record_maker"]
