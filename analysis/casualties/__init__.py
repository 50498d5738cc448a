"""Casualty figures: numerals, then claims (category, value, hedge, group, source, agent).

See :mod:`analysis.casualties.numerals` and :mod:`analysis.casualties.claims`.
"""

from analysis.casualties.claims import Claim, extract_claims
from analysis.casualties.numerals import Numeral, find_numerals, parse_number

__all__ = ["Claim", "extract_claims", "Numeral", "find_numerals", "parse_number"]
