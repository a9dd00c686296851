import ArgumentParser
import FolioPipeline

/// Options shared by every command that renders articles.
struct RenderingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A shipped layout's name (see `folio layouts`) or a layout file.", valueName: "name|path"))
    var layout: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .pdf

    @Option(help: ArgumentHelp(
        "Read the article as this format instead of guessing from its name and content.",
        valueName: "text|markdown|html|json"))
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp(
        "The article's language as a BCP 47 tag (de, pt-BR, zh-Hant), instead of what the article declares or what identification finds.",
        valueName: "tag"))
    var language: String?

    @Flag(help: "Treat warnings (such as characters no font has) as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    @Option(help: ArgumentHelp("Largest article file to read, in megabytes.", valueName: "MB"))
    var maxInput: Int = ArticleSource.defaultMaxBytes / (1024 * 1024)

    /// `--max-input` in bytes.
    var maxInputBytes: Int { maxInput * 1024 * 1024 }

    var layoutChoice: LayoutChoice { layout.map(LayoutChoice.named) ?? .standard }

    func validate() throws {
        if let language, LanguageTag.canonical(language) == nil {
            throw ValidationError("'\(language)' is not a language tag; give one such as en, de, pt-BR or zh-Hant.")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
