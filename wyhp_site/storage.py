from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Compressed, content-hashed static files.

    NHS.UK frontend's minified CSS and JS end with a ``sourceMappingURL``
    comment, but wagtail-nhsuk-frontend does not ship the ``.map`` files.
    Django would refuse to collect static files over the missing references,
    so the source-map patterns are left out of the rewriting.
    """

    patterns = tuple(
        (
            file_glob,
            tuple(p for p in file_patterns if "sourceMappingURL" not in str(p)),
        )
        for file_glob, file_patterns in CompressedManifestStaticFilesStorage.patterns
    )
