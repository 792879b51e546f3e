"""Text rules every reader of a sitrep shares, whatever the format: bullet glyphs, joining wrapped lines
and hyphens at line ends, month names in the languages sitroom reads. The extractors, the parser and
the analysers use these instead of keeping their own copies."""
