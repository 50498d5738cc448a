"""Framing: who is named how, who gets a voice, and whose voice carries loaded terms.

>>> from analysis.framing import analyze_text
>>> r = analyze_text("وأكدت السلطات الأذربيجانية بدء محادثات مع الانفصاليين الأرمن.")  # synthetic
>>> [(m.text, m.actor) for m in r.actors]
[('السلطات الأذربيجانية', 'azerbaijan'), ('الانفصاليين الأرمن', 'karabakh_authorities')]
>>> [(t.text, t.voice, t.attributed_to, t.target) for t in r.terms]
[('الانفصاليين', 'reported', 'azerbaijan', 'karabakh_authorities')]
"""

from analysis.framing.actors import ActorMention, find_mentions
from analysis.framing.analyze import FramingResult, analyze_framing, analyze_text
from analysis.framing.cues import load_cues
from analysis.framing.quotes import Quote, find_quotes
from analysis.framing.registry import Actor, Registry, load_registry
from analysis.framing.voice import TermVoice, term_voices

__all__ = [
    "analyze_framing", "analyze_text", "FramingResult", "ActorMention", "Quote", "TermVoice",
    "Registry", "Actor", "load_registry", "load_cues", "find_mentions", "find_quotes", "term_voices",
]
