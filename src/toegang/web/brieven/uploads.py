"""The only upload handler of the site: files stay in memory and never touch the disk.

Django's default handlers write uploads over 2.5 MB to a temporary file. A letter is personal data, so we keep
every upload in memory, up to UPLOAD_MAX_BYTES; a larger file is skipped (the rest of the form still arrives,
CSRF token included) and the request is flagged so the view can say in Dutch that the file is too large.
"""

from __future__ import annotations

import io
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

TOO_LARGE_FLAG = "toegang_upload_too_large"


def upload_too_large(request: Any) -> bool:
    return bool(getattr(request, TOO_LARGE_FLAG, False))


class LetterUploadHandler(FileUploadHandler):
    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > int(settings.UPLOAD_MAX_BYTES):
            setattr(self.request, TOO_LARGE_FLAG, True)
            self.buffer = io.BytesIO()  # drop what was read so far
            raise SkipFile()
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile:
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
