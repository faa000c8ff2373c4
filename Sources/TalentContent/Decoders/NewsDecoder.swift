import TalentCore

/// Decodes `news/<yyyy-mm-dd-slug>.md`, whose name starts with the item's date.
enum NewsDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        var fields = file.fields()
        let title = fields.requiredText("title", example: "Spring recruitment fair announced")
        let date = fields.requiredDay("date", example: "2026-03-02")
        let summary = fields.requiredText("summary", example: "Forty enterprises will recruit at the park on 15 April.")
        fields.reportUnknownFields()

        let slug = file.entry.slug
        guard let nameDate = Day(String(slug.prefix(10))), slug.dropFirst(10).hasPrefix("-") else {
            file.context.log.error(
                "a news file name starts with its date and goes on with a short name, such as '2026-03-02-spring-fair.md'",
                at: .file(file.entry.path))
            return
        }
        if let date, date.value != nameDate {
            file.context.log.error(
                "the date \(date.value) does not match the file name, which starts with \(nameDate); make them the same",
                at: date.location)
            return
        }
        guard let title, let date, let summary else { return }
        drafts.news.append(NewsItem(id: NewsID(slug), title: title, date: date.value, summary: summary, body: file.body))
    }
}
