"""Read models: what the brief, the web pages and the API show, read from the store.

The store writes and keeps the tables; a view reads them into the shapes a reader sees (a report with
its sections and links, a risk register, figure series, the cycle of returns) and never draws or writes.
"""
