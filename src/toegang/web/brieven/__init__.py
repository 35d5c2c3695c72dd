"""The brieventoets in the browser: paste or upload a letter, see the report in place. Nothing is stored
unless a logged-in user asks for it, and then only the outcome, never the letter or the file."""
