"""API tokens and full-text search over report text (SQLite FTS5 or PostgreSQL tsvector).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used", sa.DateTime(timezone=True)),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE reports_fts USING fts5(text, title, content='reports', content_rowid='id')")
        op.execute("INSERT INTO reports_fts(rowid, text, title) SELECT id, text, coalesce(title, '') FROM reports")
        op.execute("CREATE TRIGGER reports_fts_ai AFTER INSERT ON reports BEGIN "
                   "INSERT INTO reports_fts(rowid, text, title) VALUES (new.id, new.text, coalesce(new.title, '')); END")
        op.execute("CREATE TRIGGER reports_fts_ad AFTER DELETE ON reports BEGIN "
                   "INSERT INTO reports_fts(reports_fts, rowid, text, title) "
                   "VALUES ('delete', old.id, old.text, coalesce(old.title, '')); END")
    else:
        op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (to_tsvector('english', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS reports_fts_ai")
        op.execute("DROP TRIGGER IF EXISTS reports_fts_ad")
        op.execute("DROP TABLE IF EXISTS reports_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_reports_fts")
    op.drop_table("api_tokens")
