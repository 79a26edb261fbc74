"""PDFs written byte by byte that attack the reader: a decompression bomb and a giant page
with a giant image. Small on disk; hundreds of megabytes to gigabytes once opened."""

from __future__ import annotations

import zlib
from pathlib import Path


def one_page_pdf(width: int, height: int, content: bytes, image: bytes | None = None) -> bytes:
    """A one-page PDF: `content` is the page's Flate-compressed content stream, `image` an
    optional compressed 20000 × 20000 grey image it may draw as /Im0."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    resources = b"<< /XObject << /Im0 5 0 R >> >>" if image else b"<< >>"
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R /Resources %s >>"
        % (width, height, resources)
    )
    objects.append(stream(b"/Filter /FlateDecode", content))
    if image:
        header = b"/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace"
        header += b" /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
        objects.append(stream(header, image))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(header: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (header, len(data), data)


def deflated(piece: bytes, total: int) -> bytes:
    """`piece` repeated to `total` bytes, compressed in slices so it is never all in memory."""
    packer = zlib.compressobj(9)
    slice_ = piece * max(1, total // len(piece) // 300)
    return b"".join(packer.compress(slice_) for _ in range(300)) + packer.flush()


def write_bomb(path: Path, inflated_mb: int = 300) -> Path:
    """A page whose content stream inflates to `inflated_mb` megabytes of path operators."""
    path.write_bytes(one_page_pdf(595, 842, deflated(b"0 0 m 1 1 l\n", inflated_mb * 2**20)))
    return path


def write_giant_page(path: Path) -> Path:
    """A 200-inch square page covered by a 20000 × 20000 image and no text."""
    draw = zlib.compress(b"q 14400 0 0 14400 0 0 cm /Im0 Do Q")
    image = deflated(b"\x00" * 20000, 20000 * 20000)
    path.write_bytes(one_page_pdf(14400, 14400, draw, image))
    return path
