"""A bench's own PostgreSQL database, made afresh for each run."""

import psycopg2


def _run_on_server(server: str, *statements: str) -> None:
    connection = psycopg2.connect(f"{server}/postgres")
    connection.autocommit = True  # CREATE and DROP DATABASE cannot run in a transaction
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    connection.close()


def recreate_database(server: str, name: str) -> str:
    """An empty database ``name`` on ``server``; its URL."""
    _run_on_server(server, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def drop_database(server: str, name: str) -> None:
    _run_on_server(server, f"DROP DATABASE IF EXISTS {name}")
