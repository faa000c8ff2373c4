/// A partner university or training institution, from `universities/<id>.md`.
public struct University: Hashable, Sendable {
    public var id: UniversityID
    public var name: String
    public var country: CountryCode
    public var city: String
    public var website: String?
    /// Git handles of the people allowed to change this university's courses.
    public var maintainers: [String]
    /// The Markdown body, unrendered.
    public var body: String

    public init(
        id: UniversityID, name: String, country: CountryCode, city: String,
        website: String? = nil, maintainers: [String] = [], body: String = ""
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.city = city
        self.website = website
        self.maintainers = maintainers
        self.body = body
    }
}
