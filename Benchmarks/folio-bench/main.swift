print("folio-bench: not yet")
