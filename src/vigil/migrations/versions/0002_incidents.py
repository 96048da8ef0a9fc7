"""Incidents and episodes reconciled from claims.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(24), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("parent", sa.String(24)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("victims", sa.String(24), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text, nullable=False),
        sa.Column("start", sa.Date),
        sa.Column("end", sa.Date),
        sa.Column("low", sa.BigInteger),
        sa.Column("best", sa.BigInteger),
        sa.Column("high", sa.BigInteger),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sort_key", sa.String(40), nullable=False),
    )
    op.create_index("ix_incidents_sort", "incidents", ["sort_key"])
    op.create_index("ix_incidents_country_sort", "incidents", ["country", "sort_key"])
    op.create_index("ix_incidents_outcome_sort", "incidents", ["outcome", "sort_key"])
    op.create_table(
        "incident_claims",
        sa.Column("incident_id", sa.String(24), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "claim_id"),
    )
    op.create_index("ix_incident_claims_claim", "incident_claims", ["claim_id"])


def downgrade() -> None:
    op.drop_table("incident_claims")
    op.drop_table("incidents")
