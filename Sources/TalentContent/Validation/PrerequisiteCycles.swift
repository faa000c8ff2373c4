import TalentCore

/// Finds cycles in course prerequisites, which no trainee could ever complete.
enum PrerequisiteCycles {
    /// A cycle of courses, each requiring the next, and the link that closes it.
    struct Cycle {
        var courses: [CourseID]
        var closingEdge: PrerequisiteEdge
    }

    /// The cycles a depth-first search meets, one per back edge, in course order.
    ///
    /// Leaving out every closing edge makes the prerequisites acyclic: the edges left are the
    /// search's tree, forward and cross edges, which never close a cycle.
    ///
    /// - Complexity: O(*v* + *e*) for *v* courses and *e* prerequisite links.
    static func find(in edges: [PrerequisiteEdge]) -> [Cycle] {
        let outgoing = Dictionary(grouping: edges, by: \.course)
        let courses = Set(edges.flatMap { [$0.course, $0.prerequisite] }).sorted()
        var finished: Set<CourseID> = []
        var cycles: [Cycle] = []
        for start in courses where !finished.contains(start) {
            // The current path, each course with the index of its next link to follow.
            var path: [(course: CourseID, next: Int)] = [(start, 0)]
            var onPath: Set<CourseID> = [start]
            while let top = path.last {
                let links = outgoing[top.course] ?? []
                guard top.next < links.count else {
                    finished.insert(top.course)
                    onPath.remove(top.course)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let edge = links[top.next]
                if onPath.contains(edge.prerequisite) {
                    let loopStart = path.firstIndex { $0.course == edge.prerequisite }!
                    cycles.append(Cycle(courses: path[loopStart...].map(\.course), closingEdge: edge))
                } else if !finished.contains(edge.prerequisite) {
                    path.append((edge.prerequisite, 0))
                    onPath.insert(edge.prerequisite)
                }
            }
        }
        return cycles
    }
}
