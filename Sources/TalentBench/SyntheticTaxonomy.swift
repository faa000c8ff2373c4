import TalentCore

/// A taxonomy shaped like the park's sample one — nine categories of about seven skills, a
/// broad skill heading each category with narrower skills under it, some two levels deep —
/// for benchmarks run without a content folder.
enum SyntheticTaxonomy {
    static func make(categories: Int = 9, skillsPerCategory: Int = 7) -> SkillTaxonomy {
        var skills: [Skill] = []
        for category in 0..<categories {
            let categoryID = SkillCategoryID("category-\(category)")
            let head = SkillID("skill-\(category)-0")
            skills.append(Skill(id: head, name: "Skill \(category).0", category: categoryID))
            for number in 1..<skillsPerCategory {
                let broader: SkillID? = number < 4 ? head : number < 6 ? SkillID("skill-\(category)-1") : nil
                skills.append(Skill(id: SkillID("skill-\(category)-\(number)"), name: "Skill \(category).\(number)",
                                    category: categoryID, broader: broader))
            }
        }
        let categoryList = (0..<categories).map { SkillCategory(id: SkillCategoryID("category-\($0)"), name: "Category \($0)") }
        return SkillTaxonomy(categories: categoryList, skills: skills)
    }
}
