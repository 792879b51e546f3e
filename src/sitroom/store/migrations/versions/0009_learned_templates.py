"""A series' own template, learned from its first reports when no template names its headings.

Revision ID: 0009_learned_templates
Revises: 0008_series_identity
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_learned_templates"
down_revision = "0008_series_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("series") as batch:
        batch.add_column(sa.Column("learned_template", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("series") as batch:
        batch.drop_column("learned_template")
