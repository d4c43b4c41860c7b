"""Documents editors upload are what their names say, within the size limit; readers
download anything but a PDF rather than open it in the browser."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

HTML = b"<!DOCTYPE html><html><body><script>document.location='https://evil.example'</script></body></html>"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            # OpenDocument wants its "mimetype" member first and uncompressed.
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=compression)
    return buffer.getvalue()


def office_open_xml(main_part: str, *extra: str) -> bytes:
    return zipped({"[Content_Types].xml": b"<Types/>", main_part: b"<doc/>", **dict.fromkeys(extra, b"")})


def open_document(mimetype: bytes) -> bytes:
    return zipped({"mimetype": mimetype, "content.xml": b"<office:document-content/>"})


REAL_DOCUMENTS = {
    "annual-report.pdf": PDF,
    "minutes.docx": office_open_xml("word/document.xml"),
    "budget.xlsx": office_open_xml("xl/workbook.xml"),
    "board-slides.pptx": office_open_xml("ppt/presentation.xml"),
    "minutes.odt": open_document(b"application/vnd.oasis.opendocument.text"),
    "budget.ods": open_document(b"application/vnd.oasis.opendocument.spreadsheet"),
    # UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8".
    "waiting-times.csv": "\ufeffTrust,Weeks\nCalderdale \u2013 Huddersfield,17\n".encode(),
    # Windows-1252, as Excel on Windows saves CSV and Notepad saves text.
    "notes.txt": "Caf\xe9 opening hours: 9\u201317".encode("cp1252"),
}


def damaged_open_document() -> bytes:
    """An OpenDocument file whose compressed "mimetype" member is garbage."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_DEFLATED)
    damaged = bytearray(buffer.getvalue())
    start = 30 + len("mimetype")  # after the member's local header
    damaged[start : start + 8] = b"\xff" * 8
    return bytes(damaged)


DISGUISED_DOCUMENTS = {
    "report.pdf": HTML,  # a web page renamed
    "notes.txt": HTML,
    "data.csv": b"\x7fELF\x02\x01\x01\x00" + bytes(200),  # a program
    "minutes.docx": zipped({"payload.exe": b"MZ"}),  # any zip renamed
    "minutes.odt": office_open_xml("word/document.xml"),  # Word saved as .odt
    "budget.xlsx": office_open_xml("xl/workbook.xml", "xl/vbaProject.bin"),  # a macro workbook
    "slides.pptx": PDF,
    "agenda.odt": damaged_open_document(),
    "budget.ods": b"PK\x03\x04" + bytes(100),  # a broken zip
}


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("webmaster", "webmaster@example.org", "x"))
    return client


def upload(client, filename: str, content: bytes, title="Board papers, November"):
    return client.post(
        "/admin/documents/add/", {"title": title, "file": SimpleUploadedFile(filename, content)}
    )


def stored_files(settings) -> list:
    folder = settings.MEDIA_ROOT / "documents"
    return list(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("filename", REAL_DOCUMENTS)
def test_real_documents_of_each_allowed_type_are_accepted(admin_client, settings, filename):
    response = upload(admin_client, filename, REAL_DOCUMENTS[filename])

    assert response.status_code == 302
    assert Document.objects.get().title == "Board papers, November"
    assert len(stored_files(settings)) == 1


@pytest.mark.parametrize("filename", DISGUISED_DOCUMENTS)
def test_a_file_whose_contents_do_not_match_its_name_is_refused_and_nothing_is_stored(
    admin_client, settings, filename
):
    response = upload(admin_client, filename, DISGUISED_DOCUMENTS[filename])

    assert response.status_code == 200
    extension = filename.rsplit(".", 1)[1]
    assert response.context["form"].errors["file"] == [
        f"This file is not a real .{extension} document: its contents do not match its name. "
        "Save it again from the program that made it, or upload a PDF."
    ]
    # What the editor typed is still there to submit again.
    assert response.context["form"]["title"].value() == "Board papers, November"
    assert not Document.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize("filename", ["logo.svg", "letter.rtf", "page.html", "setup.exe", "minutes.docm"])
def test_types_not_on_the_list_are_refused(admin_client, filename):
    response = upload(admin_client, filename, b"{\\rtf1 hello}")

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Document.objects.exists()


def test_a_document_over_the_size_limit_is_refused_with_both_sizes(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = upload(admin_client, "big.pdf", PDF + b"%" * 2000)

    assert response.context["form"].errors["file"] == [
        "This file is too big (2.0\xa0KB). Maximum filesize 1.0\xa0KB."
    ]
    assert not Document.objects.exists()


def test_the_multiple_uploader_checks_contents_too(admin_client, settings):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("report.pdf", HTML), "title": "report.pdf"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "not a real .pdf document" in response.json()["error_message"]
    assert not Document.objects.exists()
    assert stored_files(settings) == []


def test_pdfs_open_in_the_browser_and_other_documents_download(admin_client, client):
    upload(admin_client, "annual-report.pdf", PDF, title="Annual report")
    upload(admin_client, "waiting-times.csv", REAL_DOCUMENTS["waiting-times.csv"], title="Waiting times")
    upload(admin_client, "notes.txt", REAL_DOCUMENTS["notes.txt"], title="Notes")
    admin_client.logout()

    pdf = client.get(Document.objects.get(title="Annual report").url)
    csv = client.get(Document.objects.get(title="Waiting times").url)
    txt = client.get(Document.objects.get(title="Notes").url)

    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].startswith("inline")
    for download in (csv, txt):
        assert download.status_code == 200
        assert download["Content-Disposition"].startswith("attachment")
        assert download["X-Content-Type-Options"] == "nosniff"
