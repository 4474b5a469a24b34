"""The `ray` engine on a local Ray cluster (2 CPUs) gives the local engine's records, byte for byte."""
from __future__ import annotations

import pytest

from accord.crawl.output import read_records
from accord.crawl.run import crawl

ray = pytest.importorskip("ray", reason="Ray is not installed")


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_and_local_engines_write_the_same_records(cluster, small_archives, tmp_path):
    folder, items = small_archives
    local = crawl([str(folder)], str(tmp_path / "local"))
    on_ray = crawl([str(folder)], str(tmp_path / "ray"), engine="ray")
    assert (on_ray.pages, on_ray.kept, on_ray.records) == (local.pages, local.kept, local.records)
    assert local.records == sum(1 for p in items if p.statement)
    parts = sorted(p.name for p in (tmp_path / "local").glob("*.parquet"))
    assert parts and parts == sorted(p.name for p in (tmp_path / "ray").glob("*.parquet"))
    for name in parts:
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert read_records(str(tmp_path / "ray")) == read_records(str(tmp_path / "local"))
