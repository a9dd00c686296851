/// Page coordinates in PostScript points (1/72 inch), origin at the top-left corner of the page,
/// y growing downwards, as in Cairo. (HarfBuzz is y-up; the shaper flips its offsets.)
public struct Point: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and height in points.
public struct Size: Sendable, Hashable, Codable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle in page coordinates (y down).
public struct Rect: Sendable, Hashable, Codable {
    public var origin: Point
    public var size: Size
    public init(x: Double, y: Double, width: Double, height: Double) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }
    public var minX: Double { origin.x }
    public var minY: Double { origin.y }
    public var maxX: Double { origin.x + size.width }
    public var maxY: Double { origin.y + size.height }
}

/// An sRGB colour with components in 0...1.
public struct Color: Sendable, Hashable, Codable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }
    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let gray = Color(red: 0.35, green: 0.35, blue: 0.35)
    public static let linkBlue = Color(red: 0.05, green: 0.2, blue: 0.55)
}
