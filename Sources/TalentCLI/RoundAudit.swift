import ArgumentParser
import Foundation
import TalentCore
import TalentRegistry

/// The audit record of a match round: what it was computed from, so that
/// `talent placements check` can replay it and compare.
enum RoundAudit {
    /// Further parameters kept with the audit record, as JSON.
    struct Parameters: Codable, Equatable {
        /// The day the round was matched on.
        var today: String
        /// ``MatchingInstance/fingerprint`` of the instance solved.
        var instance: String
        var trainees: Int
        var vacancies: Int
        var openings: Int
        var pairs: Int
    }

    /// The audit record of matching `round` in `mode`.
    static func make(mode: MatchMode, round: MatchingRound, content: ContentOptions, registry: Registry) throws -> MatchRoundAudit {
        let parameters = Parameters(
            today: round.today.description, instance: round.instance.fingerprint, trainees: round.instance.trainees.count,
            vacancies: round.instance.vacancies.count, openings: round.instance.capacities.reduce(0, +),
            pairs: round.instance.pairCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return MatchRoundAudit(
            mode: mode.rawValue, contentHash: try contentHash(of: content.folderURL), registryHash: try registry.registryHash(),
            programVersion: TalentVersion.current, recordedAt: round.today.description,
            parameters: String(decoding: try encoder.encode(parameters), as: UTF8.self))
    }

    /// The parameters of a recorded audit, if they are readable.
    static func parameters(of audit: MatchRoundAudit) -> Parameters? {
        try? JSONDecoder().decode(Parameters.self, from: Data(audit.parameters.utf8))
    }

    /// A ``StableHash`` of every file in the content folder: relative paths in order, each
    /// followed by its bytes. Hidden files are left out.
    static func contentHash(of folder: URL) throws -> String {
        let root = folder.standardizedFileURL.path
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.count + 1)))
        }
        var hash = StableHash()
        for path in paths.sorted() {
            hash.combine(path)
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            hash.combine(data.count)
            hash.combine(bytes: data)
        }
        return hash.hexDigest
    }
}
