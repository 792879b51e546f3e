"""Accounts, organisation and series assignments, API tokens, the audit log and per-database settings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
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
        "user",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("display_name", sa.String(200)),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login", sa.DateTime()),
        sa.UniqueConstraint("username", name="uq_user_username"),
    )
    op.create_table(
        "user_organisation",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("user.id", ondelete="CASCADE", name="fk_user_organisation_user_id_user"),
            primary_key=True,
        ),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey(
                "organisation.id", ondelete="CASCADE", name="fk_user_organisation_organisation_id_organisation"
            ),
            primary_key=True,
        ),
    )
    op.create_index("ix_user_organisation_organisation_id", "user_organisation", ["organisation_id"])
    op.create_table(
        "user_series",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("user.id", ondelete="CASCADE", name="fk_user_series_user_id_user"),
            primary_key=True,
        ),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("series.id", ondelete="CASCADE", name="fk_user_series_series_id_series"),
            primary_key=True,
        ),
    )
    op.create_index("ix_user_series_series_id", "user_series", ["series_id"])
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("user.id", ondelete="CASCADE", name="fk_api_token_user_id_user"),
            nullable=False,
        ),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(12), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime()),
        sa.Column("revoked_at", sa.DateTime()),
        sa.UniqueConstraint("token_hash", name="uq_api_token_token_hash"),
    )
    op.create_index("ix_api_token_user_id", "api_token", ["user_id"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("object_type", sa.String(40)),
        sa.Column("object_id", sa.String(100)),
        sa.Column("before", sa.JSON()),
        sa.Column("after", sa.JSON()),
        sa.Column("detail", sa.Text()),
    )
    op.create_index("ix_audit_at", "audit", ["at"])
    op.create_index("ix_audit_username", "audit", ["username"])
    op.create_index("ix_audit_action", "audit", ["action"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("setting")
    for index, table in (("ix_audit_action", "audit"), ("ix_audit_username", "audit"), ("ix_audit_at", "audit")):
        op.drop_index(index, table)
    op.drop_table("audit")
    op.drop_index("ix_api_token_user_id", "api_token")
    op.drop_table("api_token")
    op.drop_index("ix_user_series_series_id", "user_series")
    op.drop_table("user_series")
    op.drop_index("ix_user_organisation_organisation_id", "user_organisation")
    op.drop_table("user_organisation")
    op.drop_table("user")
