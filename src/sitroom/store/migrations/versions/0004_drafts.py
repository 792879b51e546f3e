"""Drafts of sitreps written in the web app's submission form.

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
        "draft",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("series.id", ondelete="CASCADE", name="fk_draft_series_id_series"),
            nullable=False,
        ),
        sa.Column("template", sa.String(100)),
        sa.Column("period_date", sa.Date()),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column(
            "report_id", sa.Integer(), sa.ForeignKey("report.id", ondelete="SET NULL", name="fk_draft_report_id_report")
        ),
        sa.Column("created_by", sa.String(200)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_draft_series_id", "draft", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_draft_series_id", "draft")
    op.drop_table("draft")
