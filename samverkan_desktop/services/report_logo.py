"""The logo on the report's title page: read from a file and checked, for the dialog and the CLI alike.

A logo must be a PNG or JPEG image that can be decoded, of at most 5 MB (a larger file is
surely a photo chosen by mistake). Anything else is refused with a message that names
the file, so the report never goes out with a broken picture or none without saying so.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from samverkan_desktop.services.errors import LocalText, ServiceError

MAX_LOGO_BYTES = 5_000_000
FORMATS = ("PNG", "JPEG")


class LogoRefused(ServiceError):
    code = "logo_refused"


def read_logo(path: Path) -> bytes:
    """The bytes of a PNG or JPEG image file; LogoRefused (Swedish and English) otherwise."""
    name = path.name
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise LogoRefused(LocalText(f"Logotypfilen {name} är för stor (över 5 MB). Välj en mindre bild.",
                                        f"The logo file {name} is too large (over 5 MB). Choose a smaller image."))
        data = path.read_bytes()
    except OSError:
        raise LogoRefused(LocalText(f"Logotypfilen {name} gick inte att läsa.",
                                    f"The logo file {name} could not be read.")) from None
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()  # decodes it: a truncated or damaged file fails here
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        kind = None
    if kind not in FORMATS:
        raise LogoRefused(LocalText(
            f"Filen {name} är ingen PNG- eller JPEG-bild. Välj en logotyp i något av de formaten.",
            f"The file {name} is not a PNG or JPEG image. Choose a logo in one of those formats."))
    return data
