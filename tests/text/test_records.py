"""record_maker / mutable_twin: the records they build are the records the classes build."""

import dataclasses

import pytest

from analysis.framing.actors import ActorMention
from analysis.framing.context import FHit
from analysis.framing.voice import TermVoice
from analysis.lexicon.schema import TermHit
from analysis.text.records import mutable_twin, record_maker
from analysis.text.sentences import Sentence
from analysis.text.tokenize import Token, tokenize


@pytest.mark.parametrize(
    ("record_type", "args", "kwargs"),
    [
        (TermHit, (0, 5, "الجيش", "institutions/army", "جيش", ("ال",), 0, 1), {}),
        (TermHit, (0, 5, "الجيش", "institutions/army", "جيش", ("ال",), 0, 1), {"lexicon": "institutions"}),
        (FHit, (2, 3, 10, 15, "actor", "azerbaijan", "باكو", ()), {"alias_kind": "name"}),
        (FHit, (2, 3, 10, 15, "cue", "4", "قال", ("+ه",)), {"tag": "ms", "aspect": "noun"}),
        (ActorMention, (0, 5, "الجيش", "army", "الجيش", ("separatist",), 0, 1), {}),
        (TermVoice, (0, 5, "الجيش", "k", "l", (), "own", False, False, False, None, None), {}),
        (Sentence, (0, 0, 12, 0, 3), {}),
    ],
)
def test_record_maker_builds_the_same_frozen_record(record_type, args, kwargs):
    made, built = record_maker(record_type)(*args, **kwargs), record_type(*args, **kwargs)
    assert type(made) is record_type
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def test_record_maker_requires_every_field_without_a_default():
    with pytest.raises(TypeError):
        record_maker(TermHit)(0, 5, "الجيش")


@dataclasses.dataclass(frozen=True)
class _NoSlots:
    a: int


@dataclasses.dataclass(slots=True)
class _NotFrozen:
    a: int


@dataclasses.dataclass(frozen=True, slots=True)
class _Checked:
    a: int

    def __post_init__(self) -> None:
        if self.a < 0:
            raise ValueError("negative")


@pytest.mark.parametrize("record_type", [_NoSlots, _NotFrozen, _Checked])
def test_record_maker_refuses_records_it_would_build_differently(record_type):
    with pytest.raises(TypeError):
        record_maker(record_type)


def test_a_twin_made_a_record_is_that_record():
    record = object.__new__(mutable_twin(Sentence))
    for name, value in zip(("index", "start", "end", "first_token", "last_token"), (1, 2, 3, 4, 5)):
        setattr(record, name, value)
    record.__class__ = Sentence
    assert type(record) is Sentence and record == Sentence(1, 2, 3, 4, 5) and hash(record) == hash(Sentence(1, 2, 3, 4, 5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.start = 0  # type: ignore[misc]


def test_tokenize_builds_frozen_tokens():
    tokens = tokenize("قال الجيش: «نعم» 13.00")  # synthetic
    rebuilt = [Token(t.start, t.end, t.text, t.norm, t.kind) for t in tokens]
    assert all(type(t) is Token for t in tokens) and tokens == rebuilt
    assert list(map(hash, tokens)) == list(map(hash, rebuilt)) and list(map(repr, tokens)) == list(map(repr, rebuilt))
    with pytest.raises(dataclasses.FrozenInstanceError):
        tokens[0].norm = ""  # type: ignore[misc]


@dataclasses.dataclass(frozen=True, slots=True)
class _Base:
    a: int


@dataclasses.dataclass(frozen=True, slots=True)
class _Derived(_Base):
    b: int


def test_mutable_twin_refuses_a_record_whose_slots_are_not_its_fields():
    with pytest.raises(TypeError):
        mutable_twin(_Derived)
