"""Accounts: users and their roles, password sign-in with lockout, API tokens, and the access policy.

Core code: never imports sitroom.web or sitroom.cli. Every change is written to the audit log
(sitroom.store.audit) in the same transaction as the change itself.
"""
