/// An enterprise of the park, from `enterprises/<id>.md`.
public struct Enterprise: Hashable, Sendable {
    public var id: EnterpriseID
    public var name: String
    public var sector: String
    public var country: CountryCode
    public var city: String
    public var website: String?
    /// The Markdown body, unrendered.
    public var body: String

    public init(
        id: EnterpriseID, name: String, sector: String, country: CountryCode, city: String,
        website: String? = nil, body: String = ""
    ) {
        self.id = id
        self.name = name
        self.sector = sector
        self.country = country
        self.city = city
        self.website = website
        self.body = body
    }
}
