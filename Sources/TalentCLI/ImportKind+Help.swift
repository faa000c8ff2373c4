import TalentRegistry

extension ImportKind {
    /// A small file of this kind, with the ids of the sample content in Content/; the
    /// help of `talent import` shows it, and a test imports it. Lines are at most 76
    /// characters, so that the help, which indents them by two, does not wrap them.
    var exampleCSV: String {
        switch self {
        case .trainees:
            """
            id,name,email,university,country,languages,available_from,consent
            qmtu-2026-001,Li Wei,li@example.org,qmtu,CN,zh:native;en:B1,2027-07-01,yes
            nstl-2025-014,"Petrova, Anna",anna@example.org,nstl,RU,ru:native,,no
            """
        case .completions:
            """
            trainee,course,date,passed
            qmtu-2026-001,qmtu/customs-201,2026-06-30,yes
            """
        case .results:
            """
            trainee,competition,rank,team
            qmtu-2026-001,customs-logistics-skills-2025,1,Harbour Pilots
            """
        case .assessments:
            """
            trainee,skill,level,assessor,date
            nstl-2025-014,ozon-operations,3,"Elena Sokolova, Volga Market",2026-09-01
            """
        case .preferences:
            """
            trainee,vacancies
            qmtu-2026-001,eurasia-pay/kyc-analyst;jiaozhou-hats/sales-analyst
            """
        }
    }

    /// The help's discussion of `talent import <kind>`: what the rows mean, and the example.
    var helpDiscussion: String {
        let meaning =
            switch self {
            case .trainees:
                "One row per trainee, matched by id. languages lists code:level pairs separated by ';'; "
                    + "available_from may be empty (available now); consent (yes/no) says whether the portal may "
                    + "show the trainee by name."
            case .completions:
                "One row per trainee and course (a course of Content/, as university/course); a retake updates it."
            case .results:
                "One row per trainee and competition of Content/; rank is a whole number from 1."
            case .assessments:
                "A skill of skills.yml assessed at a level from 1 to 5 by a named assessor; an assessor's newer "
                    + "assessment of the same skill replaces the older one."
            case .preferences:
                "The vacancies a trainee wants, most wanted first, separated by ';'. A row replaces the trainee's "
                    + "whole ranking; an empty vacancies clears it."
            }
        let example = exampleCSV.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")
        return meaning + "\n\nExample \(rawValue).csv:\n" + example
    }
}
