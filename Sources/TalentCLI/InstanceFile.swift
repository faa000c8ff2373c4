import ArgumentParser
import Foundation
import TalentCore

/// Reading and writing preference instances in the interchange format (`--instance`,
/// `--export-instance`), with every problem printed as `FILE: error: entry: message`.
enum InstanceFile {
    /// Reads and checks the instance at `path`, printing its warnings.
    ///
    /// - Throws: `ExitCode.invalidInput` after printing every problem, when the file cannot be
    ///   read, is not valid JSON, is not shaped like an instance, or has bad entries.
    static func read(_ path: String) throws -> MatchingInstance {
        var standardError = StandardError()
        func fail(_ message: String) -> ExitCode {
            print("\(path): error: \(message)", to: &standardError)
            return ExitCode.invalidInput
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read the file; check the path.") }
        let document: InstanceDocument
        do {
            document = try JSONDecoder().decode(InstanceDocument.self, from: data)
        } catch let error as DecodingError {
            throw fail(describe(error, in: data))
        }
        var warnings: [InstanceProblem] = []
        do {
            let instance = try MatchingInstance(document: document, warnings: &warnings)
            for warning in warnings { print("\(path): warning: \(warning)", to: &standardError) }
            return instance
        } catch {
            for problem in warnings + error.problems { print("\(path): \(problem.severity.rawValue): \(problem)", to: &standardError) }
            throw ExitCode.invalidInput
        }
    }

    /// Writes `instance` to `path`, readable by its owner only (it names trainees).
    static func write(_ instance: MatchingInstance, to path: String) throws {
        var text = ""
        instance.writeJSON(to: &text)
        do {
            try PrivateFile.replace(path, with: Data(text.utf8))
        } catch {
            var standardError = StandardError()
            print("error: cannot write \(path): \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }

    /// A decoding error as a sentence naming the entry (`vacancies[2].capacity: expected a
    /// whole number.`) or, for text that is not JSON, the line and column.
    static func describe(_ error: DecodingError, in data: Data) -> String {
        func path(_ context: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if let problem = syntaxProblem(in: data) { return "not valid JSON: \(problem)" }
            if let entry = fractionalNumber(in: data) { return "\(entry): expected a whole number." }
            return "not valid JSON."
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context, key)) is missing; an instance has trainees, vacancies and scores as in the README."
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            if context.codingPath.isEmpty {
                return "expected an object with trainees, vacancies and scores as in the README."
            }
            return "\(path(context)): expected \(expectation(type))."
        @unknown default:
            return "\(error)"
        }
    }

    /// What a decoded type asks for, in words: `a whole number`, `an object`.
    static func expectation(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is String.Type: "a string"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }

    /// The entry (`vacancies[0].capacity`) of the first number in valid JSON text that is not a
    /// whole number fitting an `Int`, which the decoder reports without saying where.
    static func fractionalNumber(in data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) else { return nil }
        func search(_ value: Any, at path: String) -> String? {
            if let list = value as? [Any] {
                return list.indices.lazy.compactMap { search(list[$0], at: path + "[\($0)]") }.first
            }
            if let fields = value as? [String: Any] {
                let prefix = path.isEmpty ? "" : path + "."
                return fields.keys.sorted().lazy.compactMap { search(fields[$0]!, at: prefix + $0) }.first
            }
            if value is String || value is Bool { return nil }
            if let number = value as? NSNumber, Int(exactly: number.doubleValue) == nil { return path }
            return nil
        }
        return search(object, at: "")
    }

    /// Where JSON text goes wrong, as Foundation's parser says it, with the character
    /// offset it gives turned into a line and column: `invalid value at line 3, column 7`.
    static func syntaxProblem(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            guard var detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
            if detail.hasSuffix(".") { detail.removeLast() }
            guard let range = detail.range(of: " around character "), let offset = Int(detail[range.upperBound...]) else {
                return detail.prefix(1).lowercased() + detail.dropFirst()
            }
            let before = data.prefix(offset)
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            let what = String(detail[..<range.lowerBound])
            return what.prefix(1).lowercased() + what.dropFirst() + " at line \(line), column \(column)"
        }
    }
}
