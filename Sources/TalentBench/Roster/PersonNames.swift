/// Romanised given names and surnames common in the SCO countries the sample universities
/// are in, to make fictional trainees look real. No name belongs to a real trainee.
enum PersonNames {
    struct Names {
        var male: [String]
        var female: [String]
        var surnames: [String]
        /// Whether the surname comes first, as in Chinese names.
        var surnameFirst = false
        /// Whether a woman's surname takes the feminine ending `-a` (Petrov → Petrova).
        var feminineSurnames = true
    }

    /// The names of a country (ISO 3166-1 alpha-2); Russian names for any other country.
    static func names(of country: String) -> Names {
        switch country {
        case "CN": chinese
        case "KZ": kazakh
        case "UZ": uzbek
        case "KG": kyrgyz
        default: russian
        }
    }

    /// The surname as a man or a woman bears it.
    static func familyName(_ surname: String, female: Bool, in names: Names) -> String {
        female && names.feminineSurnames ? surname + "a" : surname
    }

    static let chinese = Names(
        male: ["Wei", "Lei", "Tao", "Jie", "Qiang", "Hao", "Jun", "Bo", "Kai", "Haoran", "Yuxuan", "Zihao", "Minghui", "Jianguo", "Xiaolong"],
        female: ["Fang", "Na", "Min", "Jing", "Yan", "Hui", "Xin", "Ting", "Lu", "Jiayi", "Zihan", "Mengyao", "Shuang", "Xiaoxue", "Yuting"],
        surnames: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Song", "Han", "Tang", "Feng", "Dong"],
        surnameFirst: true, feminineSurnames: false)

    static let russian = Names(
        male: ["Alexander", "Dmitry", "Maxim", "Ivan", "Artem", "Nikita", "Mikhail", "Egor", "Andrey", "Kirill", "Sergey", "Pavel", "Roman", "Denis"],
        female: ["Anna", "Maria", "Elena", "Daria", "Anastasia", "Polina", "Sofia", "Ekaterina", "Olga", "Victoria", "Ksenia", "Alina", "Yulia", "Irina"],
        surnames: ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Pavlov", "Semenov", "Egorov", "Orlov", "Belov", "Tarasov", "Zaitsev", "Fedorov", "Nikitin"])

    static let kazakh = Names(
        male: ["Nurlan", "Yerlan", "Askar", "Daniyar", "Arman", "Timur", "Bauyrzhan", "Almas", "Yerzhan", "Sanzhar", "Dias", "Azamat"],
        female: ["Aigerim", "Aruzhan", "Dana", "Madina", "Ainur", "Zhanar", "Saule", "Gulnara", "Assel", "Kamila", "Dinara", "Aliya"],
        surnames: ["Abenov", "Akhmetov", "Bekov", "Zhaksylykov", "Iskakov", "Kassymov", "Mukanov", "Nurlanov", "Omarov", "Tokayev", "Zhumabayev", "Sarsenbayev", "Ermekov", "Baimukhanov", "Seitkaliyev"])

    static let uzbek = Names(
        male: ["Jasur", "Bekzod", "Sardor", "Otabek", "Rustam", "Jahongir", "Sherzod", "Aziz", "Bobur", "Doniyor", "Farrukh", "Ulugbek"],
        female: ["Dilnoza", "Nilufar", "Gulnora", "Sevara", "Zarina", "Kamola", "Shahnoza", "Feruza", "Mohira", "Nodira", "Malika", "Madina"],
        surnames: ["Karimov", "Rakhimov", "Yusupov", "Abdullayev", "Usmonov", "Ismoilov", "Nazarov", "Mirzayev", "Saidov", "Khodjayev", "Ergashev", "Tursunov", "Jurayev", "Rashidov", "Alimov"])

    static let kyrgyz = Names(
        male: ["Aibek", "Bakyt", "Nurbek", "Ermek", "Talant", "Azamat", "Chyngyz", "Emil", "Kanat", "Ulan", "Mirlan", "Adilet"],
        female: ["Aizada", "Aida", "Begimai", "Cholpon", "Nazira", "Aigul", "Elnura", "Jyldyz", "Meerim", "Kanykei", "Asel", "Aidai"],
        surnames: ["Asanov", "Bakirov", "Toktogulov", "Sadykov", "Zhusupov", "Abdyldayev", "Mamytov", "Osmonov", "Sydykov", "Usenov", "Kasymaliyev", "Dzhumabekov", "Beishenaliyev", "Omurbekov", "Turdubayev"])
}
