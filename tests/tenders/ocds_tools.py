"""The Open Contracting Partnership's own tools (libcoveocds, ocdskit) run offline on our data.

The tools read the standard and the extensions from the URLs that a package declares. Here
those URLs are answered from the copies in tests/data/ocds (see its README for the version of
each copy), through a requests adapter mounted on the tools' own HTTP session: the tools run
unchanged, and a URL without a local copy is a 404, which they report as an unreadable
extension. `no_network` then proves that nothing else is asked of the network.
"""

import collections
import io
import socket
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import jsonref
import pytest
import requests
import urllib3
from libcoveocds.api import ocds_json_output
from libcoveocds.config import LibCoveOCDSConfig
from ocdsextensionregistry.profile_builder import ProfileBuilder
from ocdsextensionregistry.util import session as registry_session
from ocdskit.combine import merge

OCDS = Path(__file__).resolve().parents[1] / "data" / "ocds"

STANDARD_TAG = "1__1__5"
STANDARD_ZIP = f"https://codeload.github.com/open-contracting/standard/zip/{STANDARD_TAG}"
EXTENSIONS_BASE = "https://raw.githubusercontent.com/open-contracting-extensions/"
STANDARD_SITE = f"https://standard.open-contracting.org/schema/{STANDARD_TAG}/"
ARCHIVES_BASE = "https://github.com/open-contracting-extensions/"
# Which version of an extension each local copy is: a package declaring another version is
# not checked against the wrong files.
LOCAL_EXTENSIONS = {
    ("ocds_lots_extension", "v1.1.5"): "lots",
    ("ocds_location_extension", "v1.1.5"): "location",
    ("ocds_suitability_extension", "master"): "suitability",
}


def _zip(folder, prefix):
    """A folder as GitHub's archives hold a repository: one top folder first, files under it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(prefix.split("/")[0] + "/", "")
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, arcname=prefix + path.relative_to(folder).as_posix())
    return buffer.getvalue()


class LocalOCDSAdapter(requests.adapters.HTTPAdapter):
    """Answers the standard's and the extensions' URLs from tests/data/ocds."""

    def __init__(self):
        super().__init__()
        self.requested = []

    def _content(self, url):
        if url == STANDARD_ZIP:
            return _zip(OCDS / "1.1.5", f"standard-{STANDARD_TAG}/schema/")
        if url.startswith(STANDARD_SITE):
            path = OCDS / "1.1.5" / url.removeprefix(STANDARD_SITE)
            return path.read_bytes() if path.is_file() else None
        parts = urlsplit(url)
        if url.startswith(EXTENSIONS_BASE):
            # raw.githubusercontent.com/<owner>/<repository>/<ref>/<file>
            repository, ref, *rest = parts.path.split("/")[2:]
            folder = LOCAL_EXTENSIONS.get((repository, ref))
            path = OCDS / "extensions" / folder / "/".join(rest) if folder else None
            if path and path.is_file():
                return path.read_bytes()
        if url.startswith(ARCHIVES_BASE) and url.endswith(".zip"):
            # github.com/<owner>/<repository>/archive/<ref>.zip: the registry code reads an
            # extension's files from its archive when it knows the repository.
            repository, _archive, ref = parts.path.split("/")[2:]
            folder = LOCAL_EXTENSIONS.get((repository, ref.removesuffix(".zip")))
            if folder:
                return _zip(OCDS / "extensions" / folder, f"{repository}-{ref}/")
        return None

    def send(self, request, **kwargs):
        self.requested.append(request.url)
        content = self._content(request.url)
        # A urllib3 response, as the network would give: the tools' cache stores it as such.
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(content or b""), status=200 if content is not None else 404,
            reason="OK" if content is not None else "Not Found",
            headers={"Content-Length": str(len(content or b""))},
            preload_content=False, decode_content=False, request_url=request.url)
        return self.build_response(request, raw)


@pytest.fixture
def no_network(monkeypatch):
    """Any connection or name lookup other than loopback fails the test at once."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo
    attempts = []

    def loopback_only(host):
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(host)
            raise OSError(f"network access attempted during an offline test: {host}")

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            loopback_only(address[0])
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        loopback_only(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    assert not attempts, f"network access attempted: {attempts}"


@pytest.fixture
def local_ocds(no_network, monkeypatch):
    """The tools' HTTP session answered from tests/data/ocds, and nothing else reachable."""
    adapter = LocalOCDSAdapter()
    # requests picks the longest matching prefix, so these win over the tools' own adapters;
    # monkeypatch puts the session's adapters back after the test.
    monkeypatch.setattr(registry_session, "adapters",
                        collections.OrderedDict(registry_session.adapters))
    for prefix in ("https://", "http://"):
        registry_session.mount(prefix, adapter)
    # The session caches answers in memory for the process: start and end empty, so that a
    # test never passes on what another one read.
    registry_session.cache.clear()
    # The record package schema refers to the versioned release schema by its address on the
    # standard's site, which libcoveocds dereferences with jsonref; jsonref calls
    # `requests.get` itself, so it gets a session of the same local answers.
    local_session = requests.Session()
    for prefix in ("https://", "http://"):
        local_session.mount(prefix, adapter)
    monkeypatch.setattr(jsonref, "requests", local_session)
    yield adapter
    local_session.close()
    registry_session.cache.clear()


def compile_records(release_package):
    """Releases compiled into a record package, as ocdskit's `compile` command does.

    The merge rules come from the release schema patched with the package's extensions,
    built by the same registry code that ocdskit would use (given here because ocdskit
    otherwise asks the standard's website for its list of versions).
    """
    schema = ProfileBuilder(STANDARD_TAG, release_package["extensions"]).patched_release_schema()
    return next(merge([release_package], schema=schema, uri=release_package["uri"],
                      publisher=release_package["publisher"],
                      published_date=release_package["publishedDate"],
                      return_package=True))


def review(package):
    """libcoveocds's findings on a package that a publisher should act on, by kind.

    Errors (schema validation, OCID prefixes of a bad format) and what the Data Review Tool
    shows as warnings or asks to check: fields not in the schema or a declared extension,
    codes outside a codelist (closed or open), deprecated fields, unreadable extensions or
    codelists, empty fields, objects and arrays, and a schema that could not be dereferenced.
    """
    config = LibCoveOCDSConfig()
    config.config["context"] = "api"
    # libcoveocds writes the patched schema it used into its output folder.
    with tempfile.TemporaryDirectory() as output_dir:
        context = ocds_json_output(output_dir, json_data=package, lib_cove_ocds_config=config)
    extensions = context.get("extensions") or {}
    findings = {
        "validation_errors": [f"{error['path']}: {error['description']}"
                              for error in context["validation_errors"]],
        # From `all_additional_fields`, not `additional_fields`: lib-cove 0.32 counts the latter
        # again without its rule for language variants (`title_sv`) whenever the former is
        # empty (`if not additional_fields_info:` in get_counts_additional_fields), so valid
        # translations would show up exactly when nothing else is wrong.
        "additional_fields": [f"{field['path']}/{field['field_name']} ({field['count']}x)"
                              for field in context["all_additional_fields"]
                              if field["root_additional_field"]],
        "additional_closed_codelist_values": [
            f"{path}: {value['values']}"
            for path, value in context["additional_closed_codelist_values"].items()],
        # Open codelists may be extended, but the Data Review Tool asks to check each new code.
        "additional_open_codelist_values": [
            f"{path}: {value['values']}"
            for path, value in context["additional_open_codelist_values"].items()],
        "conformance_errors": [f"{kind}: {value}" for kind, value
                               in context.get("conformance_errors", {}).items()],
        "deprecated_fields": [f"{field['paths']}/{field['field']}"
                              for field in context["deprecated_fields"]],
        "invalid_extensions": [f"{url}: {reason}" for url, reason
                               in extensions.get("invalid_extensions", [])],
        "failed_codelists": [f"{extension['url']}: {extension['failed_codelists']}"
                             for extension in extensions.get("extensions", [])
                             if extension.get("failed_codelists")],
        "additional_checks": [f"{check['json_location']}: {check_type}"
                              for check_type, checks in context.get("additional_checks", {}).items()
                              for check in checks],
        "json_deref_error": [context["json_deref_error"]] if "json_deref_error" in context else [],
    }
    return {kind: items for kind, items in findings.items() if items}

