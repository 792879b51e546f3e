"""Sender rules of mail intake live in the database, so every host reading mail or serving the web
app uses the same ones (they were a YAML file per host; `sitroom mail rules import` loads one).

Revision ID: 0011_api_mail_rules
Revises: 0010_figure_measures
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_api_mail_rules"
down_revision = "0010_figure_measures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_sender",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match", sa.String(320), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("series", sa.String(300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_sender")),
        sa.UniqueConstraint("match", name=op.f("uq_mail_sender_match")),
    )
    op.create_table(
        "mail_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(300), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_contact")),
        sa.UniqueConstraint("series", "address", name=op.f("uq_mail_contact_series")),
    )
    op.create_index(op.f("ix_mail_contact_series"), "mail_contact", ["series"])


def downgrade() -> None:
    op.drop_index(op.f("ix_mail_contact_series"), table_name="mail_contact")
    op.drop_table("mail_contact")
    op.drop_table("mail_sender")
