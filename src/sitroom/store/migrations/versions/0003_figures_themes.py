"""Figures stated in items, and the themes items are tagged with.

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


def _fk(table: str, col: str, target: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", ondelete="CASCADE", name=f"fk_{table}_{col}_{target}")


def upgrade() -> None:
    op.create_table(
        "figure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), _fk("figure", "item_id", "item"), nullable=False),
        sa.Column("report_id", sa.Integer(), _fk("figure", "report_id", "report"), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(12), nullable=False),
        sa.Column("currency", sa.String(3)),
        sa.Column("qualifier", sa.String(12)),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
        sa.Column("as_of", sa.Date()),
        sa.Column("relation", sa.String(12)),
    )
    for col in ("item_id", "report_id", "subject"):
        op.create_index(f"ix_figure_{col}", "figure", [col])
    op.create_table(
        "item_theme",
        sa.Column("item_id", sa.Integer(), _fk("item_theme", "item_id", "item"), primary_key=True),
        sa.Column("theme", sa.String(60), primary_key=True),
        sa.Column("report_id", sa.Integer(), _fk("item_theme", "report_id", "report"), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
    )
    op.create_index("ix_item_theme_theme", "item_theme", ["theme"])
    op.create_index("ix_item_theme_report_id", "item_theme", ["report_id"])


def downgrade() -> None:
    op.drop_table("item_theme")
    op.drop_table("figure")
