import Foundation

/// A generated catalogue for the portal benchmark: universities, enterprises, vacancies and
/// many course pages whose bodies have headings, lists, links and emphasis. The same seed
/// gives the same files, so runs compare like with like.
struct SiteCorpus {
    struct CourseFile {
        let university: String
        let slug: String
        let title: String
        let skills: [String]
        let starts: String
        let body: String
    }

    static let skills = [
        "sea-freight", "rail-freight", "air-freight", "bonded-warehousing", "overseas-warehousing",
        "customs-declarations", "hs-classification", "certificates-of-origin", "russian-ecommerce-rules",
        "kazakh-ecommerce-rules", "cross-border-payments", "fx-compliance", "export-tax-rebates",
        "ozon-operations", "wildberries-operations", "aliexpress-operations", "amazon-operations",
        "live-stream-selling", "mcn-management", "content-marketing", "brand-building", "data-analytics",
        "wig-product-knowledge", "hat-product-knowledge", "russian-customer-service", "listing-optimisation",
    ]

    private static let words = """
        customs declaration consignment parcel marketplace seller buyer freight rail container warehouse bonded \
        overseas returns payment settlement currency rouble tenge yuan invoice tariff classification origin \
        certificate listing keyword conversion campaign stream audience host script product wig hat accessory \
        quality supplier margin fee commission logistics route border inspection regime platform analytics \
        dashboard report cohort retention review rating catalogue photo description translation service \
        customer message response delivery tracking carrier partner agreement compliance rule regulation \
        license document record audit schedule budget forecast demand supply season promotion discount
        """.split(separator: " ").map(String.init)

    let pages: Int
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(pages: Int) { self.pages = pages }

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private mutating func sentence(_ count: Int) -> String {
        var parts: [String] = []
        for index in 0..<count {
            var word = Self.words[next(Self.words.count)]
            switch next(14) {
            case 0: word = "*\(word)*"
            case 1: word = "**\(word)**"
            case 2: word = "[\(word)](https://example.org/\(word))"
            case 3: word = "[\(word)](/skills/\(Self.skills[next(Self.skills.count)])/)"
            default: break
            }
            parts.append(index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
        }
        return parts.joined(separator: " ") + "."
    }

    /// A body of 600–1,500 words: an overview, objectives as a list, weekly sections, an assessment.
    private mutating func body() -> String {
        let target = 600 + next(901)
        var text = "## Overview\n\n"
        var written = 0
        func count(_ chunk: String) -> Int { chunk.split(separator: " ").count }
        var paragraph = (0..<4).map { _ in sentence(12) }.joined(separator: " ")
        text += paragraph + "\n\n## Learning objectives\n\n"
        written += count(paragraph)
        for _ in 0..<5 {
            let item = sentence(10)
            text += "- \(item)\n"
            written += count(item)
        }
        var week = 1
        while written < target - 60 {
            paragraph = (0..<3).map { _ in sentence(14) }.joined(separator: " ")
            text += "\n### Week \(week)\n\n\(paragraph)\n"
            written += count(paragraph) + 2
            if week % 3 == 0 {
                for step in 1...3 { text += "\(step). \(sentence(8))\n" }
                written += 27
            }
            week += 1
        }
        text += "\n## Assessment\n\n" + sentence(20) + "\n"
        return text
    }

    /// Every course file, in id order.
    mutating func courses() -> [CourseFile] {
        (0..<pages).map { index in
            let university = "university-\(index % 20 + 1)"
            let first = next(Self.skills.count)
            let second = (first + 1 + next(Self.skills.count - 1)) % Self.skills.count
            return CourseFile(
                university: university, slug: "course-\(index + 1)", title: "Course \(index + 1): \(Self.words[next(Self.words.count)].capitalized) practice",
                skills: [Self.skills[first], Self.skills[second]],
                starts: "2027-\(String(format: "%02d", index % 12 + 1))-01", body: body())
        }
    }
}
