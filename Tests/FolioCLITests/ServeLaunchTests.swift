import Testing

/// `folio serve` is the separate `folio-serve` executable, which `folio` execs: help, errors and
/// exit statuses must come through as if `serve` were still a subcommand.
@Suite struct ServeLaunchTests {
    @Test(arguments: [["serve", "--help"], ["help", "serve"]])
    func helpComesFromTheServer(_ arguments: [String]) throws {
        let result = try CommandRunner.folio(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Serve rendering and the archive over HTTP."))
        #expect(result.stdout.contains("USAGE: folio serve [--host <address>] [--port <port>]"), "\(result.stdout)")
    }

    @Test func validationErrorsKeepTheirExitStatus() throws {
        let result = try CommandRunner.folio(["serve", "--port", "70000"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Please give a port from 0 to 65535.\n"), "\(result.stderr)")
    }
}
