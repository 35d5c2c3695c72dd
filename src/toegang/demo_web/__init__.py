"""A fictional web of gemeente sites on 127.0.0.1 for the crawler tests and the demo (`python -m
toegang.demo_web`)."""

from toegang.demo_web.server import DemoWeb, LogEntry, SiteDef, default_sites

__all__ = ["DemoWeb", "LogEntry", "SiteDef", "default_sites"]
