"""An image in a summary: read from the meeting folder and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

from docutils import nodes

from .._dsl import Image, image_media_type
from .rst_refusals import UnsupportedError
from .safe_files import MAX_IMAGE_BYTES, UnsafeFileError, is_inside, read_inside

#: The most pixels an image may have: a full page at 600 dpi is about 35
#: million; a larger one only costs memory (12000 x 12000 took 1.2 GB).
MAX_IMAGE_PIXELS = 40_000_000


def image_problem(data: bytes) -> str | None:
    """What makes the image ``data`` unfit to print, or None: too many
    pixels, or damaged (it is decoded whole, so a truncated file is found
    here and not as a black box on the page)."""
    from PIL import Image as Pillow  # only when a summary has an image
    from PIL import ImageFile

    # WeasyPrint tells Pillow to accept cut-short files; a check must not.
    lenient = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with Pillow.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                return (
                    f"is {width} x {height} pixels; migmeet takes images of up to "
                    f"{MAX_IMAGE_PIXELS // 1_000_000} million pixels (scale it down)"
                )
            image.load()
    except (OSError, SyntaxError, ValueError, Pillow.DecompressionBombError) as error:
        return f"is damaged or cut short and cannot be read ({error})"
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = lenient
    return None


__all__ = ["ImageFileError", "read_image", "read_image_file"]


class ImageFileError(Exception):
    """An image file migmeet will not print; the message names it and why."""


def read_image_file(folder: Path, uri: str) -> bytes:
    """The bytes of the image file ``uri`` inside ``folder``, or
    :class:`ImageFileError` if it is elsewhere, missing, not a regular file,
    too large, not a PNG, JPEG or GIF file, or damaged."""
    if ":" in uri.split("/", 1)[0] or uri.startswith(("/", "\\")):
        raise ImageFileError(f"image {uri!r} is not a path inside the meeting folder")
    if not is_inside(folder, uri):
        raise ImageFileError(f"image {uri!r} is outside the meeting folder")
    try:
        data = read_inside(folder, uri, limit=MAX_IMAGE_BYTES)
    except UnsafeFileError as error:
        raise ImageFileError(f"image {uri!r} {error}") from error
    if image_media_type(data) is None:
        raise ImageFileError(f"image {uri!r} is not a PNG, JPEG or GIF file")
    if problem := image_problem(data):
        raise ImageFileError(f"image {uri!r} {problem}")
    return data


def read_image(node: nodes.image, folder: Path) -> Image:
    """The image ``node`` names, from inside ``folder`` (a resolved path);
    :class:`UnsupportedError` if it is elsewhere, missing, not a regular
    file, too large, not a PNG, JPEG or GIF file, damaged, or without
    alternative text."""
    uri = node["uri"]
    if node.get("loading") == "embed":
        raise UnsupportedError(
            node,
            "':loading: embed' is not allowed; images from the meeting folder "
            "are embedded anyway",
        )
    try:
        data = read_image_file(folder, uri)
    except ImageFileError as error:
        raise UnsupportedError(node, str(error)) from error
    if not node.get("alt"):
        raise UnsupportedError(
            node, f"image {uri!r} needs ':alt:' text saying what it shows"
        )
    return Image(data=data, alt=node["alt"], width=node.get("width"))
