"""Building frozen slotted records without the frozen dataclass ``__init__``.

The pipeline's records (:class:`~analysis.text.tokenize.Token`,
:class:`~analysis.lexicon.schema.TermHit`, the framing stage's hits and
mentions) are ``@dataclass(frozen=True, slots=True)``. Their generated
``__init__`` stores each field through ``object.__setattr__``, a slow path
that made building a nine-field hit cost 1.3 µs; some stages build several
per document. A slot's own setter stores the same value four times faster.
:func:`slot_setters` gives those setters (a loop over every token uses them
inline); :func:`record_maker` wraps them in a positional-or-keyword
constructor with the dataclass's own defaults. The record made is the same
object the class would make: same type, fields, equality, hash and
immutability.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, TypeVar

R = TypeVar("R")


def slot_setters(record_type: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setter of each field of a frozen slotted dataclass, in field order.

    Example:
        >>> @dataclasses.dataclass(frozen=True, slots=True)
        ... class Span:
        ...     start: int
        ...     end: int
        >>> span = object.__new__(Span)
        >>> set_start, set_end = slot_setters(Span)
        >>> set_start(span, 3); set_end(span, 5)
        >>> span == Span(3, 5)
        True
    """
    return tuple(getattr(record_type, f.name).__set__ for f in _fields(record_type))


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
    namespace: dict[str, Any] = {"_new": object.__new__, "_type": record_type}
    params, body = [], []
    for k, (f, setter) in enumerate(zip(fields, slot_setters(record_type))):
        namespace[f"_set{k}"] = setter
        if f.default is not dataclasses.MISSING:
            namespace[f"_default{k}"] = f.default
            params.append(f"{f.name}=_default{k}")
        elif f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{record_type.__name__}.{f.name} has a default factory")
        else:
            params.append(f.name)
        body.append(f"    _set{k}(record, {f.name})")
    source = (f"def make_{record_type.__name__}({', '.join(params)}):\n    record = _new(_type)\n"
              + "\n".join(body) + "\n    return record\n")
    exec(source, namespace)  # noqa: S102 - the dataclasses module builds __init__ the same way
    make = namespace[f"make_{record_type.__name__}"]
    make.__doc__ = f"Build a {record_type.__name__} (see analysis.text.records.record_maker)."
    return make


def _fields(record_type: type) -> tuple[dataclasses.Field, ...]:
    params = getattr(record_type, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in record_type.__dict__:
        raise TypeError(f"{record_type.__name__} is not a frozen slotted dataclass")
    return dataclasses.fields(record_type)


__all__ = ["record_maker", "slot_setters"]
