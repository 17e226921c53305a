"""An image in a summary: read from the meeting folder and nowhere else."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes

from .._dsl import Image, image_media_type
from .rst_refusals import UnsupportedError

__all__ = ["read_image"]


def read_image(node: nodes.image, folder: Path) -> Image:
    """The image ``node`` names, from inside ``folder`` (a resolved path);
    :class:`UnsupportedError` if it is elsewhere, missing, not a PNG, JPEG
    or GIF file, or without alternative text."""
    uri = node["uri"]
    if node.get("loading") == "embed":
        raise UnsupportedError(
            node,
            "':loading: embed' is not allowed; images from the meeting folder "
            "are embedded anyway",
        )
    if ":" in uri.split("/", 1)[0] or uri.startswith(("/", "\\")):
        raise UnsupportedError(
            node, f"image {uri!r} is not a path inside the meeting folder"
        )
    path = (folder / uri).resolve()
    if not path.is_relative_to(folder):
        raise UnsupportedError(node, f"image {uri!r} is outside the meeting folder")
    if not path.is_file():
        raise UnsupportedError(
            node, f"image {uri!r} does not exist in the meeting folder"
        )
    data = path.read_bytes()
    if image_media_type(data) is None:
        raise UnsupportedError(node, f"image {uri!r} is not a PNG, JPEG or GIF file")
    if not node.get("alt"):
        raise UnsupportedError(
            node, f"image {uri!r} needs ':alt:' text saying what it shows"
        )
    return Image(data=data, alt=node["alt"], width=node.get("width"))
