"""Which address a request came from, when a reverse proxy stands in front.

``X-Forwarded-For`` is a list anyone can start: a client may send
``X-Forwarded-For: 10.9.8.7`` itself, and a proxy appends the address it
received the request from.  Only the entries appended by proxies we run
can be believed, so the list is read from the right, and only while the
hop that wrote an entry is one of ours.  Without a configured proxy the
header is ignored and the connection's address is the client's.

Pure Python: the settings module parses ``TRUSTED_PROXIES`` with it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_networks(value: str) -> tuple[Network, ...]:
    """The networks of a comma-separated list of addresses and CIDR
    networks ("10.0.0.5, 172.18.0.0/16, ::1").

    Raises ``ValueError`` with an English sentence for a value that is not
    an address or network, one with host bits set ("10.0.0.5/8": which was
    meant?), or one that covers every address (then every client could
    choose its own address).
    """
    networks = []
    for raw in value.split(","):
        item = raw.strip()
        if not item:
            continue
        try:
            network = ipaddress.ip_network(item, strict=True)
        except ValueError as exc:
            raise ValueError(
                f"{item!r} is not an IP address or network such as 10.0.0.5 or 10.0.0.0/24 ({exc})"
            ) from None
        if network.prefixlen == 0:
            raise ValueError(
                f"{item!r} trusts every address, so any client could set its own address; "
                "list only the proxies in front of Ortak Masa"
            )
        networks.append(network)
    return tuple(networks)


def _address(value: str) -> Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "203.0.113.5:51000"
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address: Address | None, proxies: Sequence[Network]) -> bool:
    return address is not None and any(address in network for network in proxies)


def client_address(remote_addr: str, forwarded_for: str, proxies: Sequence[Network]) -> str:
    """The client's address: ``remote_addr`` unless it is a trusted proxy,
    else the nearest ``forwarded_for`` entry that is not a trusted proxy."""
    current = _address(remote_addr)
    if not proxies or not forwarded_for or not _trusted(current, proxies):
        return remote_addr
    for hop in reversed(forwarded_for.split(",")):
        address = _address(hop)
        if address is None:
            # A trusted proxy wrote nonsense (or nothing): the last address
            # that is known is the one to count.
            break
        current = address
        if not _trusted(address, proxies):
            break
    return str(current)
