"""A project file is decoded a piece at a time (so a background import never holds the window);
the text and the position of an encoding error are those of decoding it whole, the position
counted in bytes from the start of the file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.services.interchange import parse

BOM = b"\xef\xbb\xbf"


def whole(data: bytes) -> tuple[str, str | int]:
    """Decoded at once; an error's position counted from the file's first byte (the codec
    counts it from after the byte-order mark)."""
    try:
        return "text", data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return "error", exc.start + (len(BOM) if data.startswith(BOM) else 0)


def in_pieces(data: bytes, chunk: int) -> tuple[str, str | int]:
    try:
        return "text", parse._decode(data, chunk)
    except UnicodeDecodeError as exc:
        return "error", exc.start


texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=40).map(lambda t: t.encode("utf-8"))
damage = st.lists(st.tuples(st.integers(0, 200), st.binary(min_size=1, max_size=3)), max_size=2)


@settings(max_examples=300, deadline=None)
@given(body=texts, bom=st.booleans(), cuts=damage, chunk=st.integers(1, 7))
def test_pieces_decode_as_the_whole(body: bytes, bom: bool, cuts: list[tuple[int, bytes]], chunk: int) -> None:
    data = bytearray((BOM if bom else b"") + body)
    for where, junk in cuts:
        data[min(where, len(data)):min(where, len(data))] = junk
    assert in_pieces(bytes(data), chunk) == whole(bytes(data))
