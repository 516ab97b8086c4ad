"""The report texts' plain-text convention: paragraphs, bullet and numbered lists, nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.report.blocks import Block, parse_blocks, plain_text


def test_blank_lines_separate_paragraphs_and_single_breaks_stay() -> None:
    assert parse_blocks("Första stycket\nfortsätter.\n\n  \nAndra stycket.") == (
        Block("paragraph", ("Första stycket\nfortsätter.",)),
        Block("paragraph", ("Andra stycket.",)),
    )


def test_dash_lines_form_a_bullet_list_and_numbers_a_numbered_list() -> None:
    text = "Inledning:\n- ett\n- två\n  fortsatt\n\n3. tre\n7. fyra\n\nSlut."
    assert parse_blocks(text) == (
        Block("paragraph", ("Inledning:",)),
        Block("bullets", ("ett", "två\nfortsatt")),
        Block("numbered", ("tre", "fyra"), start=3),
        Block("paragraph", ("Slut.",)),
    )


def test_nothing_but_the_convention_is_interpreted() -> None:
    for text in ("<b>fet</b> & *stjärnor*", "# rubrik", "-utan mellanslag", "1.5 procent", "- ", "1."):
        blocks = parse_blocks(text)
        assert [b.kind for b in blocks] == ["paragraph"], text
        assert blocks[0].items == (text.strip(),)


def test_empty_and_blank_texts_have_no_blocks() -> None:
    assert parse_blocks(None) == () == parse_blocks("") == parse_blocks(" \n\t\n ")


def test_windows_and_unicode_line_breaks_count_as_line_breaks() -> None:
    assert parse_blocks("a\r\n\r\n- b\r- c\u2029\u2029d") == (
        Block("paragraph", ("a",)), Block("bullets", ("b", "c")), Block("paragraph", ("d",)))


_LINES = st.lists(st.one_of(st.sampled_from(["", " ", "- x", "1. y", "12. z", "• å", "-", "a - b", "<&>"]),
                            st.text(max_size=12)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_writing_back_and_parsing_again_gives_the_same_blocks(lines: list[str]) -> None:
    blocks = parse_blocks("\n".join(lines))
    assert parse_blocks(plain_text(blocks)) == blocks
    for block in blocks:
        assert block.items and all(item.strip() for item in block.items)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_only_markers_and_blank_space_are_dropped(lines: list[str]) -> None:
    text = "\n".join(lines)
    kept = "".join("".join(item.split()) for block in parse_blocks(text) for item in block.items)
    assert len(kept) <= len("".join(text.split()))
    # every kept character appears in the input, in order
    rest = iter("".join(text.split()))
    assert all(ch in rest for ch in kept)
