"""Analysis views: evidence per tag, the overview matrix and chart, and the mandate assessment."""
