"""portal/deploy/backup.sh and restore.sh: a backup restored into a fresh database and fresh
folders holds every row of every table and every uploaded file."""

import hashlib
import os
import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

from portal.settings import BASE_DIR
from tests import factories

DEPLOY = BASE_DIR / "portal" / "deploy"

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not shutil.which("pg_dump") or not shutil.which("pg_restore"),
                       reason="pg_dump and pg_restore (Debian postgresql-client) are missing"),
]


def url_of(settings_dict, name=None):
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or 5432
    user = settings_dict["USER"]
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    return f"postgresql://{user}{password}@{host}:{port}/{name or settings_dict['NAME']}"


def row_counts(url):
    with psycopg.connect(url) as db:
        tables = [name for (name,) in db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        return {table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
                for table in tables}


def files_of(folder):
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def fresh_database(transactional_db):
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL pointing at PostgreSQL")
    source = connection.settings_dict
    name = f"{source['NAME']}_restore"
    admin = url_of(source, "postgres")
    with psycopg.connect(admin, autocommit=True) as db_admin:
        db_admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db_admin.execute(f'CREATE DATABASE "{name}"')
    yield url_of(source, name)
    with psycopg.connect(admin, autocommit=True) as db_admin:
        db_admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_script(script, *args, env):
    return subprocess.run(["sh", str(DEPLOY / script), *args], env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_backup_restores_every_row_and_every_file(fresh_database, tmp_path):
    # The source is the test run's database (test_<DATABASE_URL's name>) with a site in
    # three languages and a few tenders, committed (a transactional test) for pg_dump to see;
    # the session's database is put back after the test (tests/db_snapshot.py).
    factories.TenderPageFactory.create_batch(5)
    for language in ("sv", "en"):
        factories.home_page(language)
    source_url = url_of(connection.settings_dict)
    media, private = tmp_path / "media", tmp_path / "private"
    (media / "images").mkdir(parents=True)
    (media / "documents").mkdir()
    (private / "proposals" / "2026").mkdir(parents=True)
    (media / "images" / "kuva.width-800.png").write_bytes(os.urandom(2048))
    (media / "documents" / "hankintasuunnitelma.pdf").write_bytes(b"%PDF-1.7\n" * 100)
    (private / "proposals" / "2026" / "liite-3f9a.pdf").write_bytes(os.urandom(4096))
    base_env = {**os.environ, "PORTAL_ENV_FILE": str(tmp_path / "none.env"),
                "BACKUP_DIR": str(tmp_path / "backups")}

    made = run_script("backup.sh", env={**base_env, "DATABASE_URL": source_url,
                                        "MEDIA_ROOT": str(media),
                                        "PRIVATE_MEDIA_ROOT": str(private)})
    assert made.returncode == 0, made.stderr
    backup = made.stdout.strip().splitlines()[-1]
    assert sorted(os.listdir(backup)) == ["SHA256SUMS", "database.dump", "media.tar.gz",
                                          "private.tar.gz"]

    restored_media, restored_private = tmp_path / "restored-media", tmp_path / "restored-private"
    restore_env = {**base_env, "DATABASE_URL": fresh_database,
                   "MEDIA_ROOT": str(restored_media), "PRIVATE_MEDIA_ROOT": str(restored_private)}
    restored = run_script("restore.sh", backup, env=restore_env)
    assert restored.returncode == 0, restored.stderr

    source_counts = row_counts(source_url)
    assert source_counts["wagtailcore_page"] > 10 and source_counts["tenders_tenderpage"] > 0
    assert row_counts(fresh_database) == source_counts
    assert files_of(restored_media) == files_of(media) != {}
    assert files_of(restored_private) == files_of(private) != {}

    # Restoring again over what is now there is refused, and changes nothing.
    again = run_script("restore.sh", backup, env=restore_env)
    assert again.returncode == 1
    assert "restore into an empty one" in again.stderr
    assert row_counts(fresh_database) == source_counts


def test_a_damaged_backup_is_not_restored(fresh_database, tmp_path):
    source_url = url_of(connection.settings_dict)
    media, private = tmp_path / "media", tmp_path / "private"
    media.mkdir()
    private.mkdir()
    env = {**os.environ, "PORTAL_ENV_FILE": str(tmp_path / "none.env"),
           "BACKUP_DIR": str(tmp_path / "backups"), "DATABASE_URL": source_url,
           "MEDIA_ROOT": str(media), "PRIVATE_MEDIA_ROOT": str(private)}
    made = run_script("backup.sh", env=env)
    assert made.returncode == 0, made.stderr
    backup = made.stdout.strip().splitlines()[-1]
    with open(os.path.join(backup, "database.dump"), "r+b") as dump:
        dump.seek(200)
        dump.write(b"damaged")
    refused = run_script("restore.sh", backup, env={
        **env, "DATABASE_URL": fresh_database,
        "MEDIA_ROOT": str(tmp_path / "m2"), "PRIVATE_MEDIA_ROOT": str(tmp_path / "p2")})
    assert refused.returncode != 0
    assert row_counts(fresh_database) == {}
