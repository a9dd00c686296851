@testable import FolioTypesetting
import FolioFonts
import FolioModel
import Testing

/// Justified lines keep within their limits, read off the glyph positions themselves: no space
/// wider than ``LineBuilder/widestSpace``, no letter or cluster gap wider than the letter
/// spacing limit, whatever the script and however narrow the column (issue 14: 8–17 em gaps in
/// Tamil and Georgian, Greek letters 0.11 em apart, Thai words split by visible gaps).
@Suite struct JustificationLimitsTests {
    static let size = 9.5
    /// The two-column layout's measure (8.6 cm), and a narrower one that forces the limits.
    static let measures = [243.8, 170.0]

    static let paragraphs: [(language: String, script: String, text: String)] = [
        ("el", "Grek", "Η παλιά δημοτική βιβλιοθήκη άνοιξε ξανά μετά από εκτεταμένες εργασίες ανακαίνισης. Το νέο κτίριο διαθέτει αίθουσα υπολογιστών, παιδικό αναγνωστήριο και κλιματιζόμενη αποθήκη για τη διαφύλαξη παλαιών χειρογράφων. Σύμφωνα με τη διευθύντρια, τα τελευταία δύο χρόνια ψηφιοποιήθηκαν χιλιάδες χειρόγραφα."),
        ("ka", "Geor", "ქალაქის ძველი ბიბლიოთეკა განახლების შემდეგ ხელახლა გაიხსნა. ახალ შენობაში არის კომპიუტერული დარბაზი, ბავშვთა სამკითხველო და კლიმატკონტროლირებადი საცავი ძველი ხელნაწერებისთვის. Alt ბიბლიოთეკის მეგობართა საზოგადოება მოხალისეებს ეძებს."),
        ("ta", "Taml", "நூலகர் கூறுகையில், கடந்த இரண்டு ஆண்டுகளில் ஆயிரக்கணக்கான பனையோலைச் சுவடிகள் எண்ணிம வடிவில் மாற்றப்பட்டுள்ளன என்றார். ஆராய்ச்சியாளர்கள் இதனால் பெரிதும் பயனடைவார்கள் என்று பல்கலைக்கழகப் பேராசிரியர்கள் தெரிவித்தனர்."),
        ("th", "Thai", "ผู้แทนจากสาธารณรัฐคาซัคสถานและสาธารณรัฐประชาชนจีนได้มาร่วมพิธีเปิดด้วย องค์การบริหารส่วนจังหวัดวางแผนจะเริ่มโครงการห้องสมุดเคลื่อนที่ในพื้นที่ชนบทปีหน้า โดยรถบัสที่บรรทุกหนังสือจะแวะไปตามโรงเรียนและที่ทำการองค์การบริหารส่วนตำบลทุกสัปดาห์"),
        ("my", "Mymr", "စာကြည့်တိုက်မှူးက လွန်ခဲ့သော နှစ်နှစ်အတွင်း ပေစာထောင်ပေါင်းများစွာကို ဒစ်ဂျစ်တယ်ပုံစံသို့ ပြောင်းလဲပြီးဖြစ်ကြောင်း၊ ယခုအခါ မည်သူမဆို အင်တာနက်မှတစ်ဆင့် အခမဲ့ ဖတ်ရှုနိုင်ကြောင်း ပြောကြားသည်။"),
    ]

    func typeset(_ text: String, language: String, measure: Double, firstIndent: Double = 0) throws -> TypesetParagraph {
        // The renderer's breaker (no first pass without hyphenation).
        let typesetter = ParagraphTypesetter(
            fonts: try ParagraphTypesetterTests.fonts.get(), lineBreaker: KnuthPlassBreaker(parameters: .init(pretolerance: -1)),
            fallbackFamilies: ["Noto Serif Tamil", "Noto Serif Georgian", "Noto Serif Thai", "Noto Serif Myanmar"])
        return try typesetter.typeset(
            [Span(text)], style: TextStyle(family: "Noto Serif", size: Self.size, leading: 12.5), measure: measure,
            firstIndent: firstIndent, alignment: .justify, language: language, hyphenator: nil)
    }

    /// Tamil paragraphs that, unhyphenated on a newspaper column, used to leave a word alone on
    /// a line ("நூலகர்", "வரிசையில்").
    static let tamil = [
        "நகரின் பழைய நூலகம் புதுப்பிக்கப்பட்டு மீண்டும் திறக்கப்பட்டது. மாணவர்களும் ஆசிரியர்களும் முதியவர்களும் காலை முதலே வரிசையில் நின்றனர். புதிய கட்டடத்தில் கணினி அறை, குழந்தைகளுக்கான வாசிப்புப் பகுதி, பழைய கையெழுத்துப் பிரதிகளைப் பாதுகாக்கும் குளிரூட்டப்பட்ட அறை ஆகியவை உள்ளன.",
        "நூலகர் கூறுகையில், கடந்த இரண்டு ஆண்டுகளில் ஆயிரக்கணக்கான பனையோலைச் சுவடிகள் எண்ணிம வடிவில் மாற்றப்பட்டுள்ளன என்றார். இவற்றை இணையத்தில் எவரும் இலவசமாகப் படிக்கலாம். ஆராய்ச்சியாளர்கள் இதனால் பெரிதும் பயனடைவார்கள் என்று பல்கலைக்கழகப் பேராசிரியர்கள் தெரிவித்தனர்.",
        "மாவட்ட நிர்வாகம் அடுத்த ஆண்டு கிராமப்புறங்களில் நடமாடும் நூலகங்களைத் தொடங்கத் திட்டமிட்டுள்ளது. ஒவ்வொரு வாரமும் பேருந்து ஒன்று புத்தகங்களுடன் பள்ளிகளுக்கும் ஊராட்சி அலுவலகங்களுக்கும் செல்லும். தன்னார்வலர்கள் குழந்தைகளுக்குக் கதைகளை வாசித்துக் காட்டுவார்கள்.",
    ]

    /// The gap each glyph leaves after it beyond its own (scaled) advance, with whether the
    /// glyph is a space, for every left-to-right run of a line.
    func extraAfterGlyphs(
        _ line: TypesetLine, script: String, language: String
    ) throws -> [(extra: Double, isSpace: Bool, advance: Double)] {
        var gaps: [(Double, Bool, Double)] = []
        for run in line.runs where !run.clustersBackward {
            let face = try ParagraphTypesetterTests.fonts.get().face(run.font)
            let bytes = Array(run.text.utf8)
            let natural = bytes.withUnsafeBufferPointer { buffer in
                HarfBuzzShaper.shape(buffer, range: 0..<bytes.count, face: face, size: run.size,
                                     script: run.text.unicodeScalars.allSatisfy(\.isASCII) ? "Latn" : script,
                                     rightToLeft: false, language: language)
            }
            guard natural.count == run.glyphs.count else { continue }
            for index in 0..<(natural.count - 1) {
                let here = run.glyphs[index].x - natural[index].xOffset * run.horizontalScale
                let next = run.glyphs[index + 1].x - natural[index + 1].xOffset * run.horizontalScale
                let extra = next - here - natural[index].advance * run.horizontalScale
                gaps.append((extra, bytes[natural[index].cluster] == 0x20, natural[index].advance * run.horizontalScale))
            }
        }
        return gaps
    }

    @Test(arguments: measures)
    func spacesAndLetterGapsStayWithinTheirLimits(measure: Double) throws {
        let letterLimit = max(LetterSpacing(measure: measure, size: Self.size).stretch, LetterSpacing.narrowStretch) * Self.size
        for (language, script, text) in Self.paragraphs {
            let paragraph = try typeset(text, language: language, measure: measure)
            #expect(paragraph.lines.count > 2)
            var checked = 0
            for line in paragraph.lines {
                #expect(line.width <= measure + 0.01, "\(language): a line runs past the measure")
                for (extra, isSpace, advance) in try extraAfterGlyphs(line, script: script, language: language) {
                    checked += 1
                    if isSpace {
                        #expect(extra + advance <= LineBuilder.widestSpace * Self.size + 0.01,
                                "\(language): a gap of \((extra + advance) / Self.size) em in “\(line.runs.map(\.text).joined())”")
                    } else {
                        #expect(extra <= letterLimit + 1e-6,
                                "\(language): letters \((extra / Self.size)) em apart in “\(line.runs.map(\.text).joined())”")
                    }
                }
            }
            #expect(checked > text.unicodeScalars.count / 3, "\(language): too few glyphs compared with their shaping")
        }
    }

    @Test func noLoneWordMidParagraphOnANewspaperColumn() throws {
        let texts = Self.paragraphs.filter { $0.language != "th" }.map { ($0.language, $0.text) } + Self.tamil.map { ("ta", $0) }
        for (language, text) in texts {
            let paragraph = try typeset(text, language: language, measure: Self.measures[0], firstIndent: Self.size)
            for line in paragraph.lines.dropLast() {
                let words = line.runs.map(\.text).joined().split(separator: " ")
                #expect(words.count > 1, "\(language): a line of one word, “\(words.first ?? "")”")
            }
        }
    }

    @Test func thaiStretchesOnlyAtSpacesOrEvenlyBetweenClusters() throws {
        let (language, script, text) = Self.paragraphs[3]
        let paragraph = try typeset(text, language: language, measure: 200)
        for line in paragraph.lines {
            let gaps = try extraAfterGlyphs(line, script: script, language: language).filter { !$0.isSpace }.map(\.extra)
            #expect(!gaps.isEmpty)
            // Between clusters: nothing, or the same small amount after each (never one word gap).
            #expect((gaps.max() ?? 0) <= LetterSpacing.narrowStretch * Self.size + 1e-6)
        }
    }
}
