"""Item links across reports.

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
        "link",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_link_report_id_report"),
            nullable=False,
        ),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("item.id", ondelete="CASCADE", name="fk_link_item_id_item")),
        sa.Column(
            "prev_report_id",
            sa.Integer(),
            sa.ForeignKey("report.id", ondelete="CASCADE", name="fk_link_prev_report_id_report"),
        ),
        sa.Column(
            "prev_item_id", sa.Integer(), sa.ForeignKey("item.id", ondelete="CASCADE", name="fk_link_prev_item_id_item")
        ),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("score", sa.Float()),
        sa.Column("possible", sa.Boolean(), nullable=False),
    )
    for col in ("report_id", "item_id", "prev_report_id", "prev_item_id"):
        op.create_index(f"ix_link_{col}", "link", [col])


def downgrade() -> None:
    op.drop_table("link")
