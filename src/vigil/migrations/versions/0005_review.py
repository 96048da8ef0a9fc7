"""Accounts, sessions, analyst reviews of claims (keyed to survive re-extraction) and the audit log.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "claim_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("patch", sa.Text, nullable=False),
        sa.Column("group_key", sa.String(40)),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("report_id", "fingerprint"),
    )
    op.create_index("ix_claim_reviews_group", "claim_reviews", ["group_key"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("target", sa.String(80), nullable=False),
        sa.Column("report_id", sa.Integer),
        sa.Column("fingerprint", sa.String(40)),
        sa.Column("incident_id", sa.String(24)),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_claim", "audit_log", ["report_id", "fingerprint"])
    op.create_index("ix_audit_incident", "audit_log", ["incident_id"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("review", sa.String(16)))
        batch.add_column(sa.Column("group_key", sa.String(40)))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("group_key")
        batch.drop_column("review")
    op.drop_index("ix_audit_incident", "audit_log")
    op.drop_index("ix_audit_claim", "audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_claim_reviews_group", "claim_reviews")
    op.drop_table("claim_reviews")
    op.drop_table("sessions")
    op.drop_table("users")
