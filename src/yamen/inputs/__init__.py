"""Reading input of every kind a user has: text, HTML, JSON Lines, JSON, WARC; any encoding.

Named `inputs`, not `read`, so that `yamen.read` stays the library's one-document function.
"""

from yamen.inputs.decode import Decoded, decode
from yamen.inputs.files import InputReader
from yamen.inputs.meta import FieldNames, content_id, iso_date
from yamen.inputs.options import DEFAULT_MAX_BYTES, FORMATS, ReadOptions

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
