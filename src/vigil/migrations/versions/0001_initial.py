"""Reports, claims and their places, near-duplicate bands, ingest failures, feeds.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.Text),
        sa.Column("url", sa.Text, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_estimated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("arrived_via", sa.String(16), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("reports.id")),
        sa.Column("similarity", sa.Float),
        sa.Column("minhash", sa.LargeBinary),
    )
    op.create_index("ix_reports_published", "reports", ["published"])
    op.create_index("ix_reports_external_id", "reports", ["external_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("claim_key", sa.String(16), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("value", sa.BigInteger),
        sa.Column("low", sa.BigInteger),
        sa.Column("high", sa.BigInteger),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("count_text", sa.Text, nullable=False),
        sa.Column("victims_category", sa.String(24), nullable=False),
        sa.Column("victims_text", sa.Text),
        sa.Column("victims_groups", sa.Text),
        sa.Column("victims_demographic", sa.Text),
        sa.Column("perpetrator_text", sa.Text),
        sa.Column("perpetrator_stance", sa.String(16)),
        sa.Column("source_name", sa.Text),
        sa.Column("source_text", sa.Text),
        sa.Column("source_kind", sa.String(16)),
        sa.Column("verification", sa.String(16), nullable=False),
        sa.Column("time_start", sa.Date),
        sa.Column("time_end", sa.Date),
        sa.Column("time_text", sa.Text),
        sa.Column("time_inherited", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("incidents", sa.Integer),
        sa.Column("part_of", sa.String(16)),
        sa.Column("derived", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.UniqueConstraint("report_id", "claim_key"),
    )
    op.create_index("ix_claims_report", "claims", ["report_id"])
    op.create_index("ix_claims_outcome_time", "claims", ["outcome", "time_start"])
    op.create_index("ix_claims_fingerprint", "claims", ["fingerprint"])
    op.create_table(
        "claim_places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("admin1", sa.Text),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("precision", sa.String(8), nullable=False),
    )
    op.create_index("ix_claim_places_claim", "claim_places", ["claim_id"])
    op.create_index("ix_claim_places_country", "claim_places", ["country"])
    op.create_table(
        "minhash_bands",
        sa.Column("band", sa.String(40), nullable=False),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.PrimaryKeyConstraint("band", "report_id"),
    )
    op.create_table(
        "ingest_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll", sa.Float, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("last_ok", sa.Float),
    )


def downgrade() -> None:
    for table in ("feeds", "ingest_failures", "minhash_bands", "claim_places", "claims", "reports"):
        op.drop_table(table)
