"""Lexicon layer: YAML lexicons, clitic-aware longest-match, KWIC.

>>> from analysis.lexicon import Matcher, load_lexicons
>>> from analysis.text import tokenize
>>> m = Matcher(load_lexicons(), backend="rules")
>>> [(h.text, h.key) for h in m.match(tokenize("قال إن الانفصاليين ..."))]
[('الانفصاليين', 'labels/separatist')]
"""

from analysis.lexicon.group import MatcherGroup
from analysis.lexicon.kwic import kwic
from analysis.lexicon.loader import load_lexicon, load_lexicons
from analysis.lexicon.matcher import Matcher
from analysis.lexicon.schema import Entry, Lexicon, TermHit

__all__ = ["Entry", "Lexicon", "TermHit", "load_lexicon", "load_lexicons", "Matcher", "MatcherGroup", "kwic"]
