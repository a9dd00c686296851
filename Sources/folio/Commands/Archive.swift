import ArgumentParser

/// `folio archive`: keep rendered articles in an OCFL archive by publication date.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Store, find and verify rendered articles.",
        discussion: """
            The archive folder (--root, else $FOLIO_ARCHIVE, else ./archive) holds an OCFL 1.1 storage \
            root (ocfl/) with one object per article at YYYY/MM/DD/<slug>, and a search index \
            (index.sqlite) that can always be rebuilt from it.
            """,
        subcommands: [
            Add.self, Rerender.self, List.self, Show.self, Get.self, Search.self, Verify.self, Reindex.self,
        ]
    )
}
