/// Sends each content file to the decoder of its kind.
enum EntityDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        switch file.entry.kind {
        case .site: SiteDecoder.decode(file, into: &drafts)
        case .skills: SkillsDecoder.decode(file, into: &drafts)
        case .home, .page: PageDecoder.decode(file, into: &drafts)
        case .university: OrganisationDecoder.decodeUniversity(file, into: &drafts)
        case .enterprise: OrganisationDecoder.decodeEnterprise(file, into: &drafts)
        case .course: CourseDecoder.decode(file, into: &drafts)
        case .vacancy: VacancyDecoder.decode(file, into: &drafts)
        case .competition: CompetitionDecoder.decode(file, into: &drafts)
        case .news: NewsDecoder.decode(file, into: &drafts)
        }
    }
}
