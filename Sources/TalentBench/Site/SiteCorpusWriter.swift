import Foundation

/// Writes a ``SiteCorpus`` twice: as a TalentPortal `Content/` folder, and as the content of
/// the Hugo reference site, with the same Markdown bodies.
struct SiteCorpusWriter {
    let courses: [SiteCorpus.CourseFile]

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The portal's content: site settings, a taxonomy, 20 universities, 20 enterprises with
    /// 5 vacancies each, and the courses.
    func writeContent(to root: URL) throws {
        try write("title: Benchmark Park Portal\ndescription: Generated content.\npark: Benchmark Park\n", to: root.appendingPathComponent("site.yml"))
        var skills = "categories:\n  - id: bench\n    name: Benchmark skills\nskills:\n"
        for skill in SiteCorpus.skills { skills += "  - id: \(skill)\n    name: \(skill.replacingOccurrences(of: "-", with: " ").capitalized)\n    category: bench\n" }
        try write(skills, to: root.appendingPathComponent("skills.yml"))
        try write("---\ntitle: Benchmark Park\n---\nGenerated for the portal benchmark.\n", to: root.appendingPathComponent("index.md"))
        for index in 1...20 {
            try write("---\nname: University \(index)\ncountry: CN\ncity: Qingdao\n---\n",
                      to: root.appendingPathComponent("universities/university-\(index).md"))
            try write("---\nname: Enterprise \(index)\nsector: Wigs\ncountry: CN\ncity: Qingdao\n---\n",
                      to: root.appendingPathComponent("enterprises/enterprise-\(index).md"))
            for slot in 1...5 {
                let skill = SiteCorpus.skills[(index * 5 + slot) % SiteCorpus.skills.count]
                try write("""
                    ---
                    title: Operator \(slot)
                    openings: 2
                    requires:
                      - skill: \(skill)
                        level: 2
                    location: Qingdao
                    starts: 2027-09-01
                    closes: 2027-08-01
                    ---
                    Generated vacancy.

                    """, to: root.appendingPathComponent("vacancies/enterprise-\(index)/operator-\(slot).md"))
            }
        }
        for course in courses {
            let skills = course.skills.map { "  - skill: \($0)\n    level: 2\n" }.joined()
            try write("""
                ---
                title: "\(course.title)"
                skills:
                \(skills)hours: 32
                language: en
                mode: online
                starts: \(course.starts)
                ends: \(course.starts.prefix(8))28
                seats: 30
                ---
                \(course.body)
                """, to: root.appendingPathComponent("courses/\(course.university)/\(course.slug).md"))
        }
    }

    /// The Hugo reference site's content: the same bodies, with Hugo's front matter.
    func writeHugoContent(to site: URL) throws {
        for course in courses {
            let skills = course.skills.map { "\"\($0)\"" }.joined(separator: ", ")
            try write("""
                ---
                title: "\(course.title)"
                date: \(course.starts)T00:00:00Z
                university: "\(course.university)"
                skills: [\(skills)]
                ---
                \(course.body)
                """, to: site.appendingPathComponent("content/courses/\(course.university)-\(course.slug).md"))
        }
    }
}
