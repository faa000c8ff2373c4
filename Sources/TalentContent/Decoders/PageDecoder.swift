import TalentCore

/// Decodes `index.md` (the home page) and `pages/<page>.md`.
enum PageDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        var fields = file.fields()
        let isHome = file.entry.kind == .home
        let title = fields.requiredText("title", example: isHome ? "Qingdao SCO Talent Portal" : "About the programme")
        let summary = fields.optionalText("summary")
        fields.reportUnknownFields()
        guard let title else { return }
        let page = Page(id: PageID(file.entry.slug), title: title, summary: summary ?? "", body: file.body)
        if isHome {
            drafts.home = page
        } else {
            drafts.pages.append(page)
        }
    }
}
