"""Toegang: measure and improve access to bijstand (Participatiewet).

The analysis core (text, rules, audit, letters, law) is plain Python and never imports Django.
"""

__version__ = "0.1.0"
