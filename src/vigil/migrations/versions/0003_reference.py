"""Reference events: rows of human-coded datasets (UCDP GED, ACLED) to compare incidents with.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dataset", sa.String(8), nullable=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("low", sa.Integer),
        sa.Column("best", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("deaths_civilians", sa.Integer),
        sa.Column("source", sa.Text),
        sa.UniqueConstraint("dataset", "event_id", name="uq_reference_events_dataset_event"),
    )
    op.create_index("ix_reference_events_country_date", "reference_events", ["country", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_reference_events_country_date", table_name="reference_events")
    op.drop_table("reference_events")
