"""The files that go upward, made from plain data: rosters, structure tables, person cards, the
调整名单, the 公示 notice, the inspection template. Writers only: a function here returns a
workbook or bytes; the services load the registry before and write the file after."""
