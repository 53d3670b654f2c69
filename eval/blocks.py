r"""A JSONL file in blocks of whole lines, read into reused buffers (for :mod:`eval.load`).

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = Path(tmp) / "docs.jsonl"
...     _ = path.write_bytes(b'{"id": "a"}\n\n{"id": "b"}\n{"id": "c"}')
...     [bytes(b) for b in line_blocks(path, 16)]
[b'{"id": "a"}\n\n', b'{"id": "b"}\n', b'{"id": "c"}']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path


def line_blocks(path: Path, size: int) -> Iterator[memoryview]:
    """The file in blocks of about ``size`` bytes that end at a line end (blank blocks skipped).

    Blocks are read straight into two buffers that take turns, so that the file costs no fresh memory per
    block: a block's buffer is written again when the block after next is asked for, so finish with a block
    (pyarrow's parsed tables do not point into it) before asking for the one after next. Only the partial
    line at the end of a block is copied, to the start of the next.
    """
    buffers = [bytearray(size), bytearray(size)]
    turn, carried, previous = 0, 0, None
    with open(path, "rb", buffering=0) as fh:
        while True:
            buf = buffers[turn]
            if previous is not None:  # the partial last line of the previous block starts this one
                last, cut, end = previous
                carried = end - cut
                if carried >= len(buf):
                    buf = buffers[turn] = bytearray(2 * carried)
                buf[:carried] = last[cut:end]
            view = memoryview(buf)
            filled = carried
            while filled < len(buf) and (got := fh.readinto(view[filled:])):
                filled += got
            if filled == carried:  # end of file: the rest is one line without a line end
                if carried and _NOT_SPACE.search(buf, 0, carried):
                    yield view[:carried]
                return
            cut = buf.rfind(b"\n", 0, filled) + 1
            if not cut:  # one line longer than the buffer: a larger one, the same turn
                grown = bytearray(2 * len(buf))
                grown[:filled] = view[:filled]
                view.release()
                buffers[turn], previous = grown, (grown, 0, filled)
                continue
            previous = (buf, cut, filled)
            if _NOT_SPACE.search(buf, 0, cut):
                yield view[:cut]
            turn = 1 - turn


_NOT_SPACE = re.compile(rb"[^ \t\n\r\x0b\x0c]")  # what bytes.isspace() does not accept
