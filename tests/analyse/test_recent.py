"""The bounded cache of the entries used last (theme tagging keeps its texts and words in it)."""

from __future__ import annotations

from sitroom.analyse.recent import Recent


def test_keeps_at_most_its_size_dropping_the_entry_used_longest_ago():
    cache: Recent[str, int] = Recent(3)
    for n, key in enumerate("abc"):
        cache.put(key, n)
    assert cache.get("a") == 0  # "a" is now the most recently used; "b" the least
    cache.put("d", 3)
    assert len(cache) == 3
    assert cache.get("b") is None
    assert [cache.get(k) for k in "acd"] == [0, 2, 3]


def test_putting_a_known_key_replaces_its_value_and_keeps_the_size():
    cache: Recent[str, str] = Recent(2)
    cache.put("x", "old")
    cache.put("y", "y")
    cache.put("x", "new")
    cache.put("z", "z")  # "y" was used longest ago
    assert (cache.get("x"), cache.get("y"), cache.get("z"), len(cache)) == ("new", None, "z", 2)
