"""Resolve an event's date and place: ``find_dates`` and ``find_location``."""

from detente.resolve.dates import DateMention, find_dates
from detente.resolve.places import Gazetteer, Place, find_location

__all__ = ["DateMention", "Gazetteer", "Place", "find_dates", "find_location"]
