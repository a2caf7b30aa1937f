"""The bottom layer every other may import: problems, errors, the message catalog, and the
helpers for text (its display width, the characters no value may hold, id numbers masked).
Nothing here imports the rest of cadrectl."""
