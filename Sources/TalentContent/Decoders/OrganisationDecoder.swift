import TalentCore

/// Decodes `universities/<university>.md` and `enterprises/<enterprise>.md`.
enum OrganisationDecoder {
    static func decodeUniversity(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        var fields = file.fields()
        let name = fields.requiredText("name", example: "Qingdao Maritime Trade University")
        let country = fields.required("country", example: "CN").flatMap { context.countryCode($0) }
        let city = fields.requiredText("city", example: "Qingdao")
        let website = fields.optional("website").flatMap { context.webAddress($0, field: "website") }
        let maintainers = fields.optional("maintainers").flatMap {
            context.textList($0, field: "maintainers", example: "[li-wei-qmtu, zhang-min]")
        }
        fields.reportUnknownFields()
        guard let name, let country, let city else { return }
        drafts.universities.append(
            University(
                id: UniversityID(file.entry.slug), name: name, country: country, city: city, website: website,
                maintainers: maintainers?.map(\.value) ?? [], body: file.body))
    }

    static func decodeEnterprise(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        var fields = file.fields()
        let name = fields.requiredText("name", example: "Ligezhuang Silk Hair Products Co.")
        let sector = fields.requiredText("sector", example: "Wigs and hair products")
        let country = fields.required("country", example: "CN").flatMap { context.countryCode($0) }
        let city = fields.requiredText("city", example: "Qingdao")
        let website = fields.optional("website").flatMap { context.webAddress($0, field: "website") }
        fields.reportUnknownFields()
        guard let name, let sector, let country, let city else { return }
        drafts.enterprises.append(
            Enterprise(
                id: EnterpriseID(file.entry.slug), name: name, sector: sector, country: country, city: city,
                website: website, body: file.body))
    }
}
