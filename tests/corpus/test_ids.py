import pytest

from analysis.corpus.ids import check_id, derive_id
from analysis.errors import AnalysisError


@pytest.mark.parametrize("doc_id", ["000_e3af78f8bd1dea90", "a", "snn_0123.v2", "A-b_c.9"])
def test_safe_ids_pass(doc_id):
    assert check_id(doc_id) == doc_id


@pytest.mark.parametrize("doc_id", ["", "../x", "a/b", "a\\b", "a..b", ".hidden", "-x", "a b", "ن", "x" * 129])
def test_unsafe_ids_refused(doc_id):
    with pytest.raises(AnalysisError, match="unsafe doc_id"):
        check_id(doc_id)


def test_derived_id_is_stable_and_content_based():
    a = derive_id("{prefix}_{sha16}", data="نص".encode(), fields={"prefix": "snn"})  # synthetic
    assert a == derive_id("{prefix}_{sha16}", data="نص".encode(), fields={"prefix": "snn"})  # synthetic
    assert a != derive_id("{prefix}_{sha16}", data="نص آخر".encode(), fields={"prefix": "snn"})  # synthetic
    assert a.startswith("snn_") and len(a) == 20


def test_template_with_unknown_field_names_the_field():
    with pytest.raises(AnalysisError, match="unknown field 'nope'"):
        derive_id("{nope}_{sha16}", data=b"x", fields={})


def test_template_giving_unsafe_id_is_refused():
    with pytest.raises(AnalysisError, match="unsafe"):
        derive_id("{outlet}/{sha16}", data=b"x", fields={"outlet": "a"})


@pytest.mark.parametrize("doc_id", ["abc\n", "abc\r", "a\tb", "abc\x00"])
def test_id_with_trailing_newline_is_refused(doc_id):
    """Defect 4: ``$`` also matched before a final newline, so ``--id $'abc\\n'`` passed."""
    with pytest.raises(AnalysisError, match="unsafe doc_id"):
        check_id(doc_id)


@pytest.mark.parametrize("template", ["{prefix.__class__.__name__}", "{prefix[0]}_{sha16}", "{sha16!r}",
                                      "{sha16:>40}", "{0}"])
def test_id_template_allows_only_plain_named_fields(template):
    with pytest.raises(AnalysisError, match="is not allowed"):
        derive_id(template, data=b"x", fields={"prefix": "snn"})


@pytest.mark.parametrize("template", ["{prefix", "prefix}", "{prefix}}{"])
def test_malformed_id_template_is_one_line_error(template):
    with pytest.raises(AnalysisError, match="malformed --id-template") as info:
        derive_id(template, data=b"x", fields={"prefix": "snn"})
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("value", ["x\n## 9.9.9", "a\x1bb", "line\u2028break", "tab\there", "x\r"])
def test_control_characters_are_refused_in_one_line_fields(value):
    from analysis.corpus.ids import check_plain

    with pytest.raises(AnalysisError, match="control character"):
        check_plain(value, what="title")


from hypothesis import given, strategies as st  # noqa: E402

_SAFE = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,60}", fullmatch=True)
_CONTROL = st.characters(categories=["Cc", "Zl", "Zp"])


@given(_SAFE, _CONTROL)
def test_any_id_with_a_control_character_appended_is_refused(doc_id, ch):
    assert check_id(doc_id) == doc_id
    with pytest.raises(AnalysisError):
        check_id(doc_id + ch)


@given(st.text(max_size=40), _CONTROL, st.text(max_size=40))
def test_check_plain_refuses_a_control_character_anywhere(head, ch, tail):
    from analysis.corpus.ids import check_plain

    with pytest.raises(AnalysisError, match="control character"):
        check_plain(head + ch + tail, what="title")
