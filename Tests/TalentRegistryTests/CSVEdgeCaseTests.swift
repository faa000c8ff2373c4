import Foundation
import Testing
import TestSupport
@testable import TalentRegistry

@Suite struct CSVEdgeCaseTests {
    static let header = "id,name,email,university,country,languages,available_from,consent"

    /// Imports raw bytes as `trainees.csv` and returns the problems, or the summary.
    static func importBytes(_ bytes: [UInt8], into fixture: RegistryFixture) throws -> Result<ImportSummary, ImportFailure> {
        let file = fixture.folder.url.appendingPathComponent("trainees.csv")
        try Data(bytes).write(to: file)
        do {
            return .success(try fixture.open().importCSV(.trainees, from: file, displayPath: "trainees.csv", catalog: RegistryFixture.catalog))
        } catch let failure as ImportFailure {
            return .failure(failure)
        }
    }

    static func problems(_ text: String, fixture: RegistryFixture? = nil) throws -> [String] {
        switch try importBytes(Array(text.utf8), into: fixture ?? RegistryFixture()) {
        case .success: return []
        case .failure(let failure): return failure.problems.map(\.description)
        }
    }

    @Test func readsAByteOrderMarkCRLFQuotesEmbeddedCommasAndQuotes() throws {
        let fixture = try RegistryFixture()
        let text = Self.header + "\r\n"
            + "a-1,\"Wang, Fang\",wang@example.org,qmtu,CN,\"zh:native;en:B2\",,no\r\n"
            + "a-2,\"Anna \"\"Anya\"\" Petrova\",anna@example.org,nstl,RU,ru:native,,yes\r\n"
            + "a-3,\"Li Wei\",li@example.org,,CN,,,no\r\n"
        let result = try Self.importBytes([0xEF, 0xBB, 0xBF] + Array(text.utf8), into: fixture)
        #expect(try result.get().description == "3 trainees: 3 added, 0 updated, 0 unchanged")
        let trainees = try fixture.open().trainees()
        #expect(trainees.map(\.name) == ["Wang, Fang", "Anna \"Anya\" Petrova", "Li Wei"])
        #expect(trainees[0].languages.count == 2)
    }

    @Test func countsLinesFromWhereEachRecordStartsAcrossMultiLineFields() throws {
        let problems = try Self.problems(Self.header + "\n"
            + "a-1,\"Wang\nFang\nMin\",wang@example.org,,CN,,,no\n"
            + "a-2,Anna,bad-email,,RU,,,no\n"
            + "a-3,\"Li\r\nWei\",li@example,,CN,,,no\r\n"
            + "a-4,Zhang,zhang@example.org,,CN,,,perhaps\n")
        #expect(problems == [
            "trainees.csv:2: column 'name': the value holds a line break; write it on one line",
            "trainees.csv:5: column 'email': 'bad-email' does not look like an email address",
            "trainees.csv:6: column 'name': the value holds a line break; write it on one line",
            "trainees.csv:6: column 'email': 'li@example' does not look like an email address",
            "trainees.csv:8: column 'consent': 'perhaps' is not yes or no",
        ])
    }

    @Test func skipsBlankRowsButCountsTheirLines() throws {
        let problems = try Self.problems(Self.header + "\n\n,,,,,,,\na-1,Li,li@example.org,,CN,,,x\n\n")
        #expect(problems == ["trainees.csv:4: column 'consent': 'x' is not yes or no"])
    }

    @Test func findsColumnsByNameInAnyOrderAndCase() throws {
        let fixture = try RegistryFixture()
        let result = try Self.importBytes(Array("""
            Consent, EMAIL ,id,name,available_from,languages,country,university
            yes,li@example.org,a-1,Li Wei,,zh:native,CN,qmtu

            """.utf8), into: fixture)
        #expect(try result.get().added == 1)
        #expect(try fixture.open().trainee("a-1")?.email == "li@example.org")
    }

    @Test func namesUnknownMissingAndRepeatedColumns() throws {
        let problems = try Self.problems("id,name,emial,university,country,languages,consent,consent,notes\n")
        let columns = "a trainees file has the columns id, name, email, university, country, languages, available_from, consent"
        #expect(problems == [
            "trainees.csv:1: column 'emial': unknown column; \(columns)",
            "trainees.csv:1: column 'consent': appears twice in the header",
            "trainees.csv:1: column 'notes': unknown column; \(columns)",
            "trainees.csv:1: column 'email': missing from the header; \(columns)",
            "trainees.csv:1: column 'available_from': missing from the header; \(columns)",
        ])
    }

    @Test func rejectsAnEmptyFile() throws {
        let empty = "trainees.csv:1: the file is empty; it needs a first line naming the columns, then a line for each record"
        #expect(try Self.problems("") == [empty])
        #expect(try Self.problems("\u{FEFF}\r\n") == [empty])
        #expect(try Self.problems("\n" + Self.header + "\n") == ["trainees.csv:1: the first line is empty; it must name the columns"])
    }

    @Test func rejectsAFileWithOnlyAHeader() throws {
        #expect(try Self.problems(Self.header + "\r\n\r\n,,,,,,,\r\n")
            == ["trainees.csv: the file has a header but no rows; add a line for each trainee"])
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "trainees.csv: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file; open it and save the sheet as \"CSV UTF-8\""),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "trainees.csv: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file; open it and save the sheet as \"CSV UTF-8\""),
        ([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00], "trainees.csv: the file is UTF-16 text (\"Unicode text\"), not UTF-8; save it as \"CSV UTF-8\""),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "trainees.csv: this is not a text file (it holds NUL bytes); save it as \"CSV UTF-8\""),
    ] as [([UInt8], String)])
    func namesWhatAFileIsWhenItIsNotCSV(bytes: [UInt8], message: String) throws {
        let result = try Self.importBytes(bytes, into: RegistryFixture())
        #expect(throws: ImportFailure.self) { try result.get() }
        if case .failure(let failure) = result { #expect(failure.problems.map(\.description) == [message]) }
    }

    @Test func saysWhenTheColumnsAreSeparatedBySemicolonsOrTabs() throws {
        let columns = "a trainees file has the columns id, name, email, university, country, languages, available_from, consent"
        let advice = "save the file as \"CSV UTF-8 (Comma delimited)\", or choose the comma as the field separator; \(columns)"
        #expect(try Self.problems("id;name;email;university;country;languages;available_from;consent\na-1;Li;li@example.org;;CN;;;no\n")
            == ["trainees.csv:1: the columns are separated by semicolons, not commas; \(advice)"])
        #expect(try Self.problems("id\tname\temail\tuniversity\tcountry\tlanguages\tavailable_from\tconsent\n")
            == ["trainees.csv:1: the columns are separated by tabs, not commas; \(advice)"])
    }

    @Test func allowsColumnsWithoutANameWhileTheyAreEmpty() throws {
        let fixture = try RegistryFixture()
        let result = try Self.importBytes(Array((Self.header + ",,\na-1,Li,li@example.org,,CN,,,no,,\n").utf8), into: fixture)
        #expect(try result.get().added == 1)
        #expect(try Self.problems(Self.header + ",\na-1,Li,li@example.org,,CN,,,no, notes \n")
            == ["trainees.csv:2: 'notes' is in column 9, which has no name in the header; name the column, or move the value into a named one"])
    }

    @Test func reportsOnlyTheUnclosedQuoteOfTheRecordItSwallows() throws {
        let problems = try Self.problems(Self.header + "\na-1,Li,li@example.org,,CN,,,no\na-2,\"Wang,wang@example.org,,CN,,,no\na-3,Zhang,zhang@example.org,,CN,,,no\n")
        #expect(problems == ["trainees.csv:3: a double quote is never closed (the file has an odd number of them); "
            + "a quoted field must end with a quote, and a quote inside a field is written twice"])
    }

    @Test func rejectsTextThatIsNotUTF8NamingTheLine() throws {
        let fixture = try RegistryFixture()
        let bytes = Array((Self.header + "\na-1,Li,li@example.org,,CN,,,no\na-2,").utf8) + [0xC4, 0xE3] + Array(",x@example.org,,CN,,,no\n".utf8)
        let result = try Self.importBytes(bytes, into: fixture)
        #expect(throws: ImportFailure(problems: [
            ImportProblem(path: "trainees.csv", line: 3, message: "the file is not UTF-8 text from this line on; save it as \"CSV UTF-8\""),
        ])) { try result.get() }
    }

    @Test func rejectsAQuoteThatIsNeverClosed() throws {
        let problems = try Self.problems(Self.header + "\na-1,\"Li Wei,li@example.org,,CN,,,no\na-2,Wang,wang@example.org,,CN,,,no\n")
        #expect(problems.last == "trainees.csv:2: a double quote is never closed (the file has an odd number of them); "
            + "a quoted field must end with a quote, and a quote inside a field is written twice")
    }

    @Test func namesAMissingFileAndAFolder() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        #expect(throws: ImportFailure(problems: [ImportProblem(path: "none.csv", line: nil, message: "there is no such file")])) {
            try registry.importCSV(.trainees, from: fixture.folder.url.appendingPathComponent("none.csv"),
                                   displayPath: "none.csv", catalog: RegistryFixture.catalog)
        }
        #expect(throws: ImportFailure(problems: [ImportProblem(path: "dir", line: nil, message: "it is a folder, not a CSV file")])) {
            try registry.importCSV(.trainees, from: fixture.folder.url, displayPath: "dir", catalog: RegistryFixture.catalog)
        }
    }
}
