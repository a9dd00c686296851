/// How loose or tight a line is set, in TeX's four classes.
///
/// A very loose line next to a tight one makes the page look blotchy, so lines whose classes
/// differ by more than one pay ``KnuthPlassBreaker/Parameters/adjacentFitnessDemerits``.
enum FitnessClass: Int, Sendable, Comparable {
    /// Stretched more than fully (ratio above 1): gaps visibly wide.
    case veryLoose = 0
    /// Stretched more than half way (ratio in (0.5, 1]).
    case loose = 1
    /// Near natural spacing (ratio in [-0.5, 0.5]).
    case decent = 2
    /// Shrunk more than half way (ratio below -0.5).
    case tight = 3

    init(adjustmentRatio ratio: Double) {
        if ratio > 1 {
            self = .veryLoose
        } else if ratio > 0.5 {
            self = .loose
        } else if ratio >= -0.5 {
            self = .decent
        } else {
            self = .tight
        }
    }

    /// Whether a line of this class next to one of `other` looks uneven.
    func clashes(with other: FitnessClass) -> Bool {
        abs(rawValue - other.rawValue) > 1
    }

    static func < (lhs: FitnessClass, rhs: FitnessClass) -> Bool { lhs.rawValue < rhs.rawValue }
}
