from __future__ import annotations

import pytest

from toegang.crawl.netguard import address_refusal, parse_allowlist, url_refusal


@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("10.0.0.1", "private_address"),
        ("192.168.1.1", "private_address"),
        ("172.16.0.5", "private_address"),
        ("169.254.169.254", "link_local_address"),
        ("127.0.0.1", "loopback_address"),
        ("::1", "loopback_address"),
        ("fe80::1", "link_local_address"),
        ("fc00::1", "private_address"),
        ("0.0.0.0", "unspecified_address"),
        ("224.0.0.1", "multicast_address"),
        ("100.64.0.1", "reserved_address"),
        ("::ffff:10.0.0.1", "private_address"),
    ],
)
def test_non_public_addresses_are_refused(ip: str, reason: str) -> None:
    assert address_refusal(ip, 80) == reason


def test_public_addresses_pass() -> None:
    assert address_refusal("145.100.1.1", 443) is None
    assert address_refusal("2001:4860:4860::8888", 443) is None


def test_allowlist_opens_exactly_one_loopback_port() -> None:
    allow = parse_allowlist(["127.0.0.1:8101"])
    assert address_refusal("127.0.0.1", 8101, allow) is None
    assert address_refusal("127.0.0.1", 8102, allow) == "loopback_address"
    # Allow-listing loopback never opens private networks.
    assert url_refusal("http://10.0.0.1/", allow) == "private_address"
    assert url_refusal("http://192.168.1.1:8101/", allow) == "private_address"


@pytest.mark.parametrize("entry", ["10.0.0.1:80", "192.168.1.1:8080", "example.org:80", "127.0.0.1"])
def test_allowlist_accepts_only_loopback_with_port(entry: str) -> None:
    with pytest.raises(ValueError):
        parse_allowlist([entry])


def test_url_refusal_needs_no_dns_for_names_and_checks_schemes() -> None:
    assert url_refusal("https://www.gemeente.example/bijstand") is None
    assert url_refusal("ftp://10.0.0.1/") == "unsupported_scheme"
    assert url_refusal("http://[::1]:8080/") == "loopback_address"
