"""A screen-PDF renderer that waits at a gate: a build that stays running until the test says.

Only the killed-worker test uses it, through COLLECTION_RENDERERS in its worker settings.
"""

import os
import time
from pathlib import Path

from collection.renderers.pdf import ScreenPdfRenderer


class GatedRenderer(ScreenPdfRenderer):
    def render(self, *, progress, **kwargs):
        progress("waiting at the gate", 10)
        gate = Path(os.environ["BUILD_GATE"])
        deadline = time.monotonic() + 120
        while not gate.exists():
            if time.monotonic() > deadline:
                raise TimeoutError("the test never opened the gate")
            time.sleep(0.1)
        return super().render(progress=progress, **kwargs)
