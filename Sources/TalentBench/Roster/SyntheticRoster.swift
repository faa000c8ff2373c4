import Foundation
import TalentCore
import TalentRegistry

/// A large synthetic roster for the import benchmark: trainees spread over the catalogue's
/// universities, each with distinct course completions, written straight to CSV files
/// so that generating it takes little memory. It shares the trainee maker with the sample
/// cohort but none of its planning: it measures throughput, not matching.
enum SyntheticRoster {
    /// Writes `trainees.csv` and `completions.csv` into `folder`.
    ///
    /// - Returns: the two files.
    static func write(
        trainees count: Int, completions: Int, catalog: Catalog, today: Day, seed: UInt64, to folder: URL
    ) throws -> (trainees: URL, completions: URL) {
        var random = SeededRandom(seed: seed)
        let universities = catalog.universities
        let courses = catalog.courses
        let countries = Array(Set(universities.map(\.country.rawValue))).sorted()
        let dates = courses.map { course in
            var end = course.ends
            while end > today { end = end.adding(days: -364) }
            return end.description
        }
        let traineeFile = folder.appendingPathComponent("trainees.csv")
        let completionFile = folder.appendingPathComponent("completions.csv")
        let traineeWriter = try CSVFileWriter(path: traineeFile.path, header: ImportKind.trainees.columns, lineEnd: .lf)
        let completionWriter = try CSVFileWriter(path: completionFile.path, header: ImportKind.completions.columns, lineEnd: .lf)
        for index in 0..<count {
            let university = universities[index % universities.count]
            let trainee = GeneratedTrainee.make(
                id: "syn-" + String(10_000_000 + index).dropFirst(), university: university.id.rawValue,
                universityCountry: university.country.rawValue,
                otherCountries: countries.filter { $0 != university.country.rawValue },
                emailSuffix: ".\(index)", consentPercent: 20, random: &random)
            try traineeWriter.write(trainee.fields)
            let share = completions / count + (index < completions % count ? 1 : 0)
            for course in random.sample(Array(courses.indices), count: share) {
                try completionWriter.write([trainee.id, courses[course].id.rawValue, dates[course], random.chance(92) ? "yes" : "no"])
            }
        }
        try traineeWriter.close()
        try completionWriter.close()
        return (traineeFile, completionFile)
    }
}
