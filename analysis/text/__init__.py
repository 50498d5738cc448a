"""Text layer: normalization, offset-keeping tokens, sentences, clitics, morphology.

Nothing here modifies an original: every record points into it by offsets.
"""

from analysis.text.normalize import normalize
from analysis.text.sentences import Sentence, split_sentences
from analysis.text.tokenize import QUOTE_CHARS, Token, tokenize

__all__ = ["normalize", "tokenize", "Token", "QUOTE_CHARS", "split_sentences", "Sentence"]
