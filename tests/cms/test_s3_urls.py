"""Renditions on S3 get the address boto3 would give them, without boto3's presigner."""

import pytest
from storages.backends.s3 import S3Storage

from cms.storage import MediaS3Storage

NAMES = [
    "images/photo.fill-640x400.jpg",
    "images/a b+c%d~e.width-1200.jpg",
    "images/Субботник_во_дворе.jpg",
]


@pytest.mark.parametrize(
    "options",
    [
        {"endpoint_url": "http://127.0.0.1:9000", "addressing_style": "path"},
        {"region_name": "eu-central-1"},
        {"endpoint_url": "https://storage.yandexcloud.net", "location": "media"},
    ],
    ids=["s3-compatible, path style", "aws", "a folder in the bucket"],
)
def test_rendition_urls_are_those_boto3_writes(options, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    storage = MediaS3Storage(bucket_name="konstruktor-media", **options)

    for name in NAMES:
        assert storage.url(name) == S3Storage.url(storage, name)
