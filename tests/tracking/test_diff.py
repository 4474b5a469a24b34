"""Word-level diffs and key-term changes."""
from __future__ import annotations

from accord.tracking.diff import compare, key_term_changes, word_diff


def test_word_diff_reports_ops_in_the_words_as_written():
    ops = word_diff("the complete denuclearization of the Korean Peninsula",
                    "the complete denuclearization of the DPRK")
    assert [(o.op, o.before, o.after) for o in ops if o.op != "equal"] == [("replace", "Korean Peninsula", "DPRK")]
    assert "".join(o.before for o in ops if o.op == "equal") .startswith("the complete denuclearization of the")


def test_abbreviations_and_punctuation_keep_their_spacing():
    ops = word_diff("every U.N. Security Council resolution (UNSCR)", "all UN Security Council resolutions (UNSCR)")
    edits = [(o.op, o.before, o.after) for o in ops if o.op != "equal"]
    assert ("replace", "every U.N.", "all UN") in edits
    assert any(o.op == "equal" and o.before == "(UNSCR)" for o in ops)


def test_object_of_denuclearization_changing_is_significant():
    ch = compare("their common goal, which is the complete denuclearization of the Korean Peninsula",
                 "their common goal, which is the complete denuclearization of the DPRK")
    assert ch.significant
    (k,) = ch.key_terms
    assert (k.term, k.before, k.after, k.kind) == ("object of denuclearization", "Korean Peninsula", "DPRK", "changed")


def test_naming_the_north_another_way_is_no_change_of_object():
    assert key_term_changes("the complete denuclearization of North Korea",
                            "the complete denuclearization of the Democratic People's Republic of Korea") == []


def test_added_and_dropped_key_terms():
    changes = key_term_changes(
        "its commitment to extended deterrence, which draws on the full range of American military capabilities",
        "its ironclad commitment to defending the ROK with the full spectrum of U.S. military power, including nuclear")
    described = {k.term: k.kind for k in changes}
    assert described == {"breadth of capabilities": "changed", "ironclad": "added",
                         "extended deterrence": "dropped", "nuclear": "added"}


def test_dropped_condition_is_flagged():
    (k,) = key_term_changes("resolutions must continue to be implemented until North Korea abides by its obligations",
                            "full implementation of every resolution remains important")
    assert k.term == "until (condition)" and k.kind == "dropped"


def test_identical_text_is_unchanged_and_not_significant():
    ch = compare("the same words", "The same words")
    assert ch.unchanged and not ch.significant and ch.edits() == []
