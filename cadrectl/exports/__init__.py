"""Excel workbooks that go upward: rosters, structure tables, person cards."""
