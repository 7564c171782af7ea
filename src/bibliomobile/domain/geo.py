"""Distances and travel times without a map service (the laptops are offline).

A road is never straight: the great-circle distance is stretched by a detour
factor (1.35 is the usual figure for French rural roads) and driven at a mean speed.
"""

from __future__ import annotations

import math

EARTH_RADIUS_M = 6_371_000.0
#: Road distance / great-circle distance, on average.
DEFAULT_DETOUR_FACTOR = 1.35


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres between two WGS 84 points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def road_distance_m(
    lat1: float, lon1: float, lat2: float, lon2: float, detour: float = DEFAULT_DETOUR_FACTOR
) -> float:
    """Estimated road distance in metres (haversine × detour factor)."""
    return haversine_m(lat1, lon1, lat2, lon2) * detour


def travel_seconds(distance_m: float, speed_kmh: float) -> float:
    """Seconds to drive ``distance_m`` at ``speed_kmh``."""
    if speed_kmh <= 0:
        raise ValueError("speed must be positive")
    return distance_m / (speed_kmh / 3.6)
