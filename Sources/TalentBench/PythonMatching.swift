import Foundation
import TalentCore

/// Solves an instance file with the Python package `matching` (hospitals/residents,
/// resident-optimal) in a subprocess, for the benchmark's speed comparison.
enum PythonMatching {
    struct Outcome: Decodable {
        /// Seconds spent building the game and solving it, as Python measured them.
        var seconds: Double
        /// The placements as `[trainee, vacancy]` pairs, sorted.
        var placements: [[String]]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The package deep-copies its players recursively, so the script raises Python's
    /// recursion limit and runs in a thread with a large stack.
    private static let script = """
        import json, sys, threading, time, warnings
        warnings.simplefilter("ignore")
        from matching.games import HospitalResident

        def main():
            with open(sys.argv[1]) as file:
                document = json.load(file)
            capacities = {v["id"]: v["capacity"] for v in document["vacancies"] if v["capacity"] > 0}
            residents = {t["id"]: [v for v in t["ranking"] if v in capacities] for t in document["trainees"]}
            residents = {r: p for r, p in residents.items() if p}
            hospitals = {v["id"]: [t for t in v["ranking"] if t in residents] for v in document["vacancies"] if v["id"] in capacities}
            hospitals = {h: p for h, p in hospitals.items() if p}
            start = time.perf_counter()
            game = HospitalResident.create_from_dictionaries(residents, hospitals, {h: capacities[h] for h in hospitals})
            matching = game.solve(optimal="resident")
            seconds = time.perf_counter() - start
            placements = sorted([r.name, h.name] for h, rs in matching.items() for r in rs)
            print(json.dumps({"seconds": seconds, "placements": placements}))

        sys.setrecursionlimit(1_000_000)
        threading.stack_size(1 << 29)
        thread = threading.Thread(target=main)
        thread.start()
        thread.join()
        """

    /// Runs `python3` on the instance at `path`; its error output goes to a file beside it.
    static func solve(instanceAt path: URL, python: String = "python3") throws -> Outcome {
        let errorFile = path.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, path.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let outcome = try? JSONDecoder().decode(Outcome.self, from: data) else {
            let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 with the package 'matching' failed (install it with "
                + "'python3 -m pip install matching'): \(message.suffix(2000))")
        }
        return outcome
    }
}
