import Foundation

/// A small, valid content folder, written file by file, that tests copy and break.
///
/// Its messages and line numbers are fixed here, independent of the sample content in
/// Content/, so tests can assert exact diagnostics.
public struct ContentFixture: Sendable {
    /// The files, by path relative to the content root.
    public var files: [String: String]

    public init(files: [String: String] = ContentFixture.valid) {
        self.files = files
    }

    /// Writes every file under a fresh temporary folder and returns it.
    public func write() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory(prefix: "talent-content")
        try write(into: directory)
        return directory
    }

    /// Writes every file into `folder` (a path inside `directory`, or its root).
    public func write(into directory: TemporaryDirectory, folder: String = "") throws {
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            try directory.write(text, to: folder.isEmpty ? path : "\(folder)/\(path)")
        }
    }

    /// Replaces the first occurrence of `target` in the file at `path`.
    public mutating func replace(_ target: String, with replacement: String, in path: String) {
        guard let text = files[path], let range = text.range(of: target) else {
            preconditionFailure("the fixture file \(path) has no '\(target)'")
        }
        files[path] = text.replacingCharacters(in: range, with: replacement)
    }

    /// The fixture with the first `target` replaced in the file at `path`.
    public func replacing(_ target: String, with replacement: String, in path: String) -> ContentFixture {
        var copy = self
        copy.replace(target, with: replacement, in: path)
        return copy
    }

    /// The fixture with the file at `path` moved to `newPath`.
    public func moving(_ path: String, to newPath: String) -> ContentFixture {
        var copy = self
        copy.files[newPath] = copy.files.removeValue(forKey: path)
        return copy
    }

    /// The fixture with `text` written at `path`, replacing any file there.
    public func adding(_ text: String, at path: String) -> ContentFixture {
        var copy = self
        copy.files[path] = text
        return copy
    }

    /// The fixture without the file at `path`.
    public func removing(_ path: String) -> ContentFixture {
        var copy = self
        copy.files[path] = nil
        return copy
    }

    public static let valid: [String: String] = [
        "site.yml": """
            title: Test Talent Portal
            description: Training and jobs at the test park.
            base_url: https://talent.example.org/
            park: Test Cross-border E-commerce Park
            navigation:
              - title: Courses
                path: courses/
            facts:
              - label: Enterprises served
                value: "320"

            """,
        "skills.yml": """
            categories:
              - id: logistics
                name: Cross-border logistics
              - id: customs
                name: Customs clearance
              - id: marketplaces
                name: Marketplace operations
            skills:
              - id: cross-border-logistics
                name: Cross-border logistics
                category: logistics
              - id: rail-freight
                name: Rail freight
                category: logistics
                broader: cross-border-logistics
              - id: customs-clearance
                name: Customs clearance
                category: customs
              - id: customs-declarations
                name: Customs declarations
                category: customs
                broader: customs-clearance
              - id: marketplace-operations
                name: Marketplace operations
                category: marketplaces
              - id: ozon-operations
                name: Ozon operations
                category: marketplaces
                broader: marketplace-operations

            """,
        "index.md": """
            ---
            title: Welcome
            summary: Training and jobs at the park.
            ---
            # Welcome

            """,
        "pages/about.md": """
            ---
            title: About the programme
            ---
            The park trains people for cross-border e-commerce.

            """,
        "universities/qdu.md": """
            ---
            name: Qingdao Demo University
            country: CN
            city: Qingdao
            website: https://www.example.edu.cn/
            maintainers: [li-wei]
            ---
            A partner university.

            """,
        "universities/qmtu.md": """
            ---
            name: Qingdao Maritime Trade University
            country: CN
            city: Qingdao
            ---

            """,
        "courses/qmtu/customs-101.md": """
            ---
            title: Customs Basics
            summary: Declare parcels under the 9610 regime.
            skills:
              - skill: customs-clearance
                level: 2
              - skill: customs-declarations
                level: 1
            hours: 32
            language: zh
            mode: onsite
            starts: 2027-03-01
            ends: 2027-06-30
            seats: 40
            ---
            ## Syllabus

            """,
        "courses/qmtu/customs-201.md": """
            ---
            title: Customs Declarations
            skills:
              - skill: customs-declarations
                level: 3
            prerequisites: [qmtu/customs-101]
            hours: 48
            language: zh
            mode: blended
            starts: 2027-09-01
            ends: 2027-12-20
            seats: 30
            ---

            """,
        "enterprises/silk-hair.md": """
            ---
            name: Silk Hair Products Co.
            sector: Wigs and hair products
            country: CN
            city: Qingdao
            ---

            """,
        "vacancies/silk-hair/ozon-operator.md": """
            ---
            title: Ozon Store Operator
            openings: 3
            requires:
              - skill: ozon-operations
                level: 3
                weight: 2
            prefers:
              - skill: customs-clearance
                level: 2
            languages:
              - language: ru
                level: B2
            location: Qingdao
            starts: 2027-07-01
            closes: 2027-05-31
            ---
            Run our wig store on Ozon.

            """,
        "competitions/ops-challenge-2026.md": """
            ---
            title: Operations Challenge 2026
            date: 2026-05-20
            organiser: Park talent office
            skills: [marketplace-operations, ozon-operations]
            awards:
              - rank: 1
                level: 4
              - ranks: 2-3
                level: 3
            results:
              - team: Silk Road Sellers
                university: qdu
                rank: 1
            ---

            """,
        "news/2026-03-02-spring-fair.md": """
            ---
            title: Spring recruitment fair announced
            date: 2026-03-02
            summary: Forty enterprises will recruit at the park on 15 April.
            ---
            The fair opens at nine.

            """,
    ]
}
