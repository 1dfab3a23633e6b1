/// One set of integrated care boards, in force from a day until the next set: the 42 boards of July 2022,
/// the 36 of April 2026, and whatever comes after. A later set says which boards of the first set (or which
/// shares of their population) make up each of its boards, so a figure published on the old boards can be
/// carried to the new ones.
public struct BoardSet: Hashable, Sendable, Codable, Identifiable {
    /// A share of one board of the first set.
    public struct Part: Hashable, Sendable, Codable {
        /// The first set's board code, e.g. E54000025.
        public var board: String
        /// The share of that board's population that went into the new board: 1 when whole.
        public var share: Double
        /// How a share below 1 was worked out.
        public var basis: String?

        public init(board: String, share: Double, basis: String? = nil) {
            self.board = board
            self.share = share
            self.basis = basis
        }
    }

    public struct Board: Hashable, Sendable, Codable, Identifiable {
        /// A short name that is always there, e.g. central-east.
        public var key: String
        /// The ONS code (E54…); nil when not published.
        public var code: String?
        /// How sure the code is, when it was not read from the ONS list itself.
        public var codeNote: String?
        /// The NHS organisation code; nil when not published.
        public var ods: String?
        public var name: String
        /// The NHS England region's code.
        public var region: String
        public var formedFrom: [Part]
        public var note: String?

        /// The code when published, else the key: what CSV imports and reports name the board by.
        public var id: String { code ?? key }

        public init(
            key: String, code: String?, codeNote: String? = nil, ods: String? = nil, name: String, region: String,
            formedFrom: [Part], note: String? = nil
        ) {
            self.key = key
            self.code = code
            self.codeNote = codeNote
            self.ods = ods
            self.name = name
            self.region = region
            self.formedFrom = formedFrom
            self.note = note
        }
    }

    /// "2022" or "2026".
    public var id: String
    public var name: String
    public var effectiveFrom: CalendarDay
    public var sources: [Source.ID]
    public var boards: [Board]

    public init(id: String, name: String, effectiveFrom: CalendarDay, sources: [Source.ID], boards: [Board]) {
        self.id = id
        self.name = name
        self.effectiveFrom = effectiveFrom
        self.sources = sources
        self.boards = boards
    }
}

/// A board's population in a set: published for a board of the first set, else the sum of the shares of
/// the first set's boards it was formed from (derived, with the sum in `sum`).
public struct BoardPopulation: Hashable, Sendable {
    public var value: Double
    public var derived: Bool
    /// "1,146,970 + 1,056,555 + 0.7895 × 1,664,982", for a derived figure.
    public var sum: String?
}

extension RegionsData {
    /// When the first set of boards (the one `regions` lists) took effect.
    public static let firstSetEffectiveFrom = CalendarDay(checked: (2022, 7, 1))

    /// The first set, as `regions` lists it: every board formed from itself.
    public var firstSet: BoardSet {
        BoardSet(
            id: String(Self.firstSetEffectiveFrom.year),
            name: "the \(regions.reduce(0) { $0 + $1.boards.count }) integrated care boards of 1 July 2022",
            effectiveFrom: Self.firstSetEffectiveFrom, sources: sources,
            boards: regions.flatMap { region in
                region.boards.map { board in
                    BoardSet.Board(
                        key: board.id, code: board.id, name: board.name, region: region.id,
                        formedFrom: [.init(board: board.id, share: 1)])
                }
            })
    }

    /// Every set of boards, oldest first.
    public var boardSets: [BoardSet] { [firstSet] + (laterBoardSets ?? []) }

    /// The set in force on `day`, or the newest when no day is given.
    public func boardSet(on day: CalendarDay?) -> BoardSet {
        guard let day else { return boardSets[boardSets.count - 1] }
        return boardSets.last { $0.effectiveFrom <= day } ?? firstSet
    }

    public func boardSet(id: String) -> BoardSet? { boardSets.first { $0.id == id } }

    /// A board's population; nil when a part names a board the first set does not have.
    public func population(of board: BoardSet.Board) -> BoardPopulation? {
        let first = Dictionary(
            regions.flatMap { $0.boards.map { ($0.id, $0.population) } }, uniquingKeysWith: { first, _ in first })
        var total = 0.0
        var terms: [String] = []
        for part in board.formedFrom {
            guard let population = first[part.board] else { return nil }
            total += Double(population) * part.share
            terms.append(
                part.share == 1
                    ? population.groupedWithCommas : "\(Formatting.value(part.share)) × \(population.groupedWithCommas)"
            )
        }
        let derived =
            board.formedFrom.count != 1 || board.formedFrom.first?.share != 1
            || board.formedFrom.first?.board != board.code
        return BoardPopulation(value: total, derived: derived, sum: derived ? terms.joined(separator: " + ") : nil)
    }

    /// Every way the later sets break the rules: unknown boards or regions, repeated keys, and shares of a
    /// first-set board that do not add up to one.
    var boardSetProblems: [CatalogueProblem] {
        var problems: [CatalogueProblem] = []
        let firstBoards = Set(regions.flatMap { $0.boards.map(\.id) })
        let regionIDs = Set(regions.map(\.id))
        var previous = Self.firstSetEffectiveFrom
        for (index, set) in (laterBoardSets ?? []).enumerated() {
            func place(_ field: String) -> CatalogueProblem.Place {
                .other("regions.yaml", field: "boardSets[\(index)]\(field)")
            }
            if set.effectiveFrom <= previous {
                problems.append(.init(place: place(".effectiveFrom"), message: "must come after the set before it"))
            }
            previous = set.effectiveFrom
            var keys = Set<String>()
            var shares: [String: Double] = [:]
            for board in set.boards {
                if !keys.insert(board.key).inserted {
                    problems.append(.init(place: place(".\(board.key)"), message: "is listed twice"))
                }
                if !regionIDs.contains(board.region) {
                    problems.append(
                        .init(
                            place: place(".\(board.key).region"),
                            message: "names region \(board.region), which is not listed"))
                }
                for part in board.formedFrom {
                    if !firstBoards.contains(part.board) {
                        problems.append(
                            .init(
                                place: place(".\(board.key).formedFrom"),
                                message: "names board \(part.board), which is not in the first set"))
                    }
                    if !(part.share > 0 && part.share <= 1) {
                        problems.append(
                            .init(place: place(".\(board.key).formedFrom"), message: "has a share outside (0, 1]"))
                    }
                    if part.share < 1, part.basis == nil {
                        problems.append(
                            .init(
                                place: place(".\(board.key).formedFrom"),
                                message: "has a share of \(part.board) below 1 without the basis that gives it"))
                    }
                    shares[part.board, default: 0] += part.share
                }
            }
            for board in firstBoards.sorted() where abs((shares[board] ?? 0) - 1) > 1e-6 {
                problems.append(
                    .init(
                        place: place(".boards"),
                        message:
                            "gives \(Formatting.value(shares[board] ?? 0)) of board \(board)'s population to new boards; "
                            + "the shares of each old board must add up to one"))
            }
        }
        return problems
    }
}
