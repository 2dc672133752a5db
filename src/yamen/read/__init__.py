"""Reading input of every kind a user has: text, HTML, JSON Lines, JSON, WARC; any encoding."""

from yamen.read.decode import Decoded, decode
from yamen.read.files import InputReader
from yamen.read.meta import FieldNames, content_id, iso_date
from yamen.read.options import DEFAULT_MAX_BYTES, FORMATS, ReadOptions

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Decoded",
    "FieldNames",
    "InputReader",
    "ReadOptions",
    "content_id",
    "decode",
    "iso_date",
]
