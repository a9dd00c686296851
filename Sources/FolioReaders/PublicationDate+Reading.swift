import FolioModel

extension PublicationDate {
    /// Parses a date found in an input, turning the model's error into a reader error that says
    /// where the date was (`line 3`, `published`, `front matter 'date'`).
    init(reading text: String, at location: String) throws(ReaderError) {
        do {
            try self.init(parsing: text)
        } catch {
            switch error {
            case .outOfRange(let what):
                throw .impossibleDate(text.trimmedSpace, problem: "\(what) is out of range", location: location)
            case .unreadable:
                throw .unreadableDate(text.trimmedSpace, location: location)
            }
        }
    }
}
