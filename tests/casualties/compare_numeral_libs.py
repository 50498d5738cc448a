"""Run the numeral table through this package, mahad and pyarabic.number.

Not a test (the other libraries are not project dependencies). Install them
outside the project environment and run, e.g.::

    python3 -m pip install --target /tmp/numcmp mahad==0.3.0 pyarabic==0.6.15
    PYTHONPATH=.:/tmp/numcmp .venv/bin/python tests/casualties/compare_numeral_libs.py

A library "gets a case right" when the whole phrase reads as the expected
number, or, for expected ``None``, when it returns no number.
"""

from __future__ import annotations

import sys

from analysis.casualties.numerals import parse_number
from tests.casualties.numeral_cases import CASES


def ours(phrase):
    return parse_number(phrase)


def mahad(phrase):
    from maha.parsers.functions import parse_dimension

    found = parse_dimension(phrase, numeral=True)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(phrase):
        # a partial reading (one number out of the phrase) counts as its value
        # only when it is the single number found
        if len(found) == 1:
            return found[0].value
        return None
    return found[0].value


def pyarabic(phrase):
    from pyarabic import number

    value = number.text2number(phrase)
    return value if value else (0 if phrase.strip() in ("0", "صفر") else None)


def main() -> int:
    libs = {"ours": ours, "mahad": mahad, "pyarabic": pyarabic}
    right = {name: 0 for name in libs}
    rows = []
    for phrase, expected in CASES:
        row = [phrase, expected]
        for name, fn in libs.items():
            try:
                got = fn(phrase)
            except Exception as exc:  # noqa: BLE001 - a crash is a wrong answer
                got = f"error:{type(exc).__name__}"
            if isinstance(got, float) and got.is_integer():
                got = int(got)
            ok = got == expected
            right[name] += ok
            row.append(("✓ " if ok else "✗ ") + str(got))
        rows.append(row)
    for row in rows:
        print("\t".join(str(x) for x in row))
    print("\ncases:", len(CASES))
    for name, n in right.items():
        print(f"{name}: {n}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
