"""Series identity: the titles a series has been published under, each report's template fingerprint,
and suggested merges or splits of series awaiting a person's decision.

Revision ID: 0008_series_identity
Revises: 0007_sessions
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_series_identity"
down_revision = "0007_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "series_alias",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "series_id",
            sa.Integer,
            sa.ForeignKey("series.id", ondelete="CASCADE", name="fk_series_alias_series_id_series"),
            nullable=False,
        ),
        sa.Column("title_key", sa.String(300), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.UniqueConstraint("series_id", "title_key", name="uq_series_alias_series_id"),
    )
    op.create_index("ix_series_alias_title_key", "series_alias", ["title_key"])
    op.create_table(
        "report_fingerprint",
        sa.Column(
            "report_id",
            sa.Integer,
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_report_fingerprint_report_id_report"),
            primary_key=True,
        ),
        sa.Column("title_key", sa.String(300), nullable=False),
        sa.Column("lines", sa.JSON, nullable=False),
    )
    op.create_table(
        "series_suggestion",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column(
            "series_id",
            sa.Integer,
            sa.ForeignKey("series.id", ondelete="CASCADE", name="fk_series_suggestion_series_id_series"),
            nullable=False,
        ),
        sa.Column(
            "other_series_id",
            sa.Integer,
            sa.ForeignKey("series.id", ondelete="CASCADE", name="fk_series_suggestion_other_series_id_series"),
        ),
        sa.Column(
            "report_id",
            sa.Integer,
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_series_suggestion_report_id_report"),
        ),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_series_suggestion_series_id", "series_suggestion", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_series_suggestion_series_id", table_name="series_suggestion")
    op.drop_table("series_suggestion")
    op.drop_table("report_fingerprint")
    op.drop_index("ix_series_alias_title_key", table_name="series_alias")
    op.drop_table("series_alias")
