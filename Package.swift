// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "TalentPortal",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "talent", targets: ["talent"]),
        .executable(name: "talent-bench", targets: ["TalentBench"]),
        .library(name: "TalentCore", targets: ["TalentCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libcmark, the CommonMark reference implementation, from the system (apt: libcmark-dev).
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The domain and the matching: pure Swift, no I/O.
        .target(name: "TalentCore"),
        // Reads Content/ (Markdown with YAML front matter) into a Catalog, with diagnostics.
        .target(
            name: "TalentContent",
            dependencies: ["TalentCore", .product(name: "Yams", package: "Yams")]
        ),
        // The private trainee registry (SQLite) and its CSV import and export.
        .target(
            name: "TalentRegistry",
            dependencies: [
                "TalentCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Markdown to HTML through libcmark, Mustache templates, the portal's pages and output.
        .target(
            name: "TalentSite",
            dependencies: ["TalentCore", "CMark", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The `talent` commands, one file per subcommand.
        .target(
            name: "TalentCLI",
            dependencies: [
                "TalentCore", "TalentContent", "TalentRegistry", "TalentSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "talent", dependencies: ["TalentCLI"]),
        // `talent-bench`: the benchmarks, each printing one machine-readable line.
        .executableTarget(
            name: "TalentBench",
            dependencies: [
                "TalentCore", "TalentContent", "TalentRegistry", "TalentSite", "TalentCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures and temporary-folder helpers shared by the test targets.
        .target(name: "TestSupport", dependencies: ["TalentCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TalentCoreTests", dependencies: ["TalentCore", "TestSupport"]),
        .testTarget(name: "TalentContentTests", dependencies: ["TalentContent", "TestSupport"]),
        .testTarget(name: "TalentRegistryTests", dependencies: ["TalentRegistry", "TalentContent", "TestSupport"]),
        .testTarget(name: "TalentSiteTests", dependencies: ["TalentSite", "TalentContent", "TestSupport"]),
        .testTarget(name: "TalentCLITests", dependencies: ["TalentCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
