"""The smoke test's content, made inside the topology (`manage.py shell -c`); prints JSON.

Run with SMOKE_TAG (makes titles unique) and SMOKE_PASSWORD (the editor's) in the environment.
"""

import json
import os

from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from cms.factories import CasePageFactory, ImageFactory
from collection.builds import build_request
from collection.factories import EditionFactory, EntryFactory
from collection.models import BuildKind
from collection.services import edition_freeze, edition_publish
from collection.tasks import build_edition

tag = os.environ["SMOKE_TAG"]
User = get_user_model()
editor, _ = User.objects.get_or_create(
    username="smoke-editor", defaults={"is_staff": True, "is_superuser": True}
)
editor.set_password(os.environ["SMOKE_PASSWORD"])
editor.save()
# Superusers must give a second factor in production: an authenticator the test computes codes of.
TOTPDevice.objects.filter(user=editor).delete()
device = TOTPDevice.objects.create(user=editor, name="TOTP", confirmed=True)

cases = Page.objects.get(depth=3, slug="cases", locale__language_code="ru")
photo = ImageFactory(title=f"Двор {tag}")
body = [
    ("paragraph", "<p>Соседи красят скамейки.</p>"),
    ("image", {"image": photo, "caption": "Общий двор", "credit": "Фото: И. Петров"}),
]
case = CasePageFactory(parent=cases, title=f"Кейс {tag}", slug=f"smoke-{tag}", body=body)
case.save_revision().publish()
case.refresh_from_db()


def edition(number):
    edition = EditionFactory(title=f"Сборник {tag} {number}", subtitle="")
    EntryFactory(part__edition=edition, part__title="Кейсы", page=case)
    edition_freeze(edition=edition)
    return edition_publish(edition=edition)


# Two editions built at once by the two workers, and the first build's task queued twice
# more: whichever worker takes a copy, the build must run once.
builds = [build_request(edition=edition(number), kind=BuildKind.EPUB) for number in (1, 2)]
for _ in range(2):
    build_edition.enqueue(builds[0].pk)

# A draft of the next version of the case, published later through an app server.
case.title = f"Кейс {tag}, исправленный"
draft = case.save_revision()

print(
    json.dumps(
        {
            "case_id": case.pk,
            "case_path": case.relative_url(case.get_site()),
            "new_title": case.title,
            "totp_key": device.key,
            "original_image": photo.file.name,
            "builds": [[build.edition_id, build.pk] for build in builds],
        }
    )
)
