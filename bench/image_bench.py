"""Peak memory of making one rendition, per image size, with and without the pixel limit.
Not a test: prints JSON.

    .venv/bin/python bench/image_bench.py

Each measurement runs in a fresh Python process (the maximum resident set size only grows), so
"rendition_mb" is what making one `width-800` rendition added to a process that has Django
loaded. "limited" runs with the site's settings (cms.images: Pillow refuses to decode images
over WAGTAILIMAGES_MAX_IMAGE_PIXELS); "unlimited" lifts that guard, as before the limit.
"""

import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = {
    # name: (mode, width, height, format)
    "png_1bit_11000x11000": ("1", 11_000, 11_000, "PNG"),
    "jpeg_6000x4000": ("RGB", 6_000, 4_000, "JPEG"),
    "png_rgba_6000x4000": ("RGBA", 6_000, 4_000, "PNG"),
    "jpeg_4032x3024": ("RGB", 4_032, 3_024, "JPEG"),
}


def measure(path: str, limited: bool) -> dict:
    """In this (fresh) process: one rendition of the image at `path`."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    from wagtail.images.models import Filter, Image

    from cms.images import pillow_limit_lifted

    data = Path(path).read_bytes()
    from PIL import Image as PILImage

    with pillow_limit_lifted(), PILImage.open(io.BytesIO(data)) as picture:
        width, height = picture.size
    image = Image(title="bench", width=width, height=height, collection_id=1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        if limited:
            Filter("width-800").run(image, io.BytesIO(), source=io.BytesIO(data))
        else:
            with pillow_limit_lifted():
                Filter("width-800").run(image, io.BytesIO(), source=io.BytesIO(data))
        result = "made"
    except Exception as error:  # noqa: BLE001 - the refusal is the result
        result = f"refused ({type(error).__name__})"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "result": result,
        "rendition_mb": round((peak - before) / 1024),
        "seconds": round(time.perf_counter() - started, 2),
    }


def main() -> None:
    from PIL import Image as PILImage

    PILImage.MAX_IMAGE_PIXELS = None
    report = {"load_average": os.getloadavg()[0], "images": {}}
    with tempfile.TemporaryDirectory() as folder:
        for name, (mode, width, height, file_format) in IMAGES.items():
            path = Path(folder) / name
            PILImage.new(mode, (width, height), "white").save(path, file_format)
            entry = {"pixels": width * height, "file_kb": path.stat().st_size // 1024}
            for limited in (False, True):
                output = subprocess.run(
                    [sys.executable, __file__, str(path), "limited" if limited else "unlimited"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                entry["limited" if limited else "unlimited"] = json.loads(output)
            report["images"][name] = entry
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    if len(sys.argv) == 3:
        print(json.dumps(measure(sys.argv[1], sys.argv[2] == "limited")))
    else:
        main()
