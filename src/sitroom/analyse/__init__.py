"""Analysis of parsed reports: item links across reports, risks, themes, figures, organisations."""
