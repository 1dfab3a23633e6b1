/// What makes a source hard to trust or check, found from its address and its dates. The loader refuses a
/// source on a copy site; `skillmix catalogue check` lists the rest.
public enum SourceChecks {
    /// Sites that copy other publishers' pages (document-sharing sites, content farms, mirrors, pay
    /// calculators, aggregators of job adverts or of parliamentary answers) or that are not public sites at
    /// all (staging servers). A fact cited to one of these must cite the publisher instead.
    public static let copySites = [
        "1library.net", "1library.co", "docplayer.net", "docest.com", "yumpu.com", "fdocuments.us", "fdocuments.net",
        "collegelearners.com", "scribd.com", "studocu.com", "coursehero.com", "issuu.com", "pdfslide.net",
        "vdocuments.mx", "dokumen.tips", "parallelparliament.co.uk", "nhstakehomepaycalculator.co.uk",
        "nhspayscales.co.uk", "taxreturnonlineservices.co.uk", "apnirah.com", "thegovernmentsays.com",
        "jobijoba.co.uk", "jobclerk.com", "nhsjobs.com", "azurewebsites.net", "verseonecloud.com",
    ]

    /// Domains that no longer exist; their pages moved to a successor.
    public static let deadDomains = ["cfwi.org.uk", "nhscareers.nhs.uk", "hpc-uk.org"]

    /// The host of an address, lower-cased and without "www."; nil when the address has none.
    public static func host(of url: String) -> String? {
        let parts = url.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Why an address is not the publisher's own page, or nil when nothing is known against it.
    public static func copySiteReason(_ url: String) -> String? {
        guard let host = host(of: url) else { return "is not a web address" }
        if host.contains("staging") { return "is on a staging server (\(host)), not the public site" }
        if let site = copySites.first(where: { host == $0 || host.hasSuffix("." + $0) }) {
            return "is on \(site), which copies other publishers' pages; cite the publisher's own page"
        }
        if let site = deadDomains.first(where: { host == $0 || host.hasSuffix("." + $0) }) {
            return "is on \(site), which no longer exists; cite the page that replaced it"
        }
        return nil
    }

    /// Whether the address is a job advert, which expires.
    public static func isJobAdvert(_ url: String) -> Bool {
        url.contains("/jobadvert/") || url.contains("/job-advert")
            || (host(of: url)?.hasPrefix("jobs.") ?? false) || (host(of: url)?.contains("healthjobs") ?? false)
    }
}

/// A reader's view of the catalogue's sources on a given day: which are stale, undated, secondary, or on
/// sites that copy others. The day comes from the caller; nothing here reads the clock.
public struct SourceReport: Hashable, Sendable, Codable {
    public struct Finding: Hashable, Sendable, Codable {
        public var source: String
        public var url: String
        public var problem: String
    }

    public var day: CalendarDay
    public var olderThanMonths: Int
    public var total: Int
    /// Not checked at all, or checked longer ago than `olderThanMonths`.
    public var stale: [Finding]
    /// No publication or update date.
    public var undated: [Finding]
    /// Sources on a copy site or a dead domain; the loader refuses these, so this is empty for a loaded
    /// catalogue.
    public var copies: [Finding]
    public var jobAdverts: [Finding]
    public var insecure: [Finding]
    /// Facts whose only source is a secondary one.
    public var singleSecondary: [Finding]
    /// Sources lacking a publication date or a checked date, as a share of all sources.
    public var shareLackingDates: Double
    /// Sources with neither a publication date nor a checked date, as a share of all sources.
    public var shareLackingBoth: Double

    public init(catalogue: Catalogue, day: CalendarDay, olderThanMonths: Int) {
        self.day = day
        self.olderThanMonths = olderThanMonths
        total = catalogue.sources.count
        let cutoff = day.addingMonths(-olderThanMonths)
        func finding(_ source: Source, _ problem: String) -> Finding {
            Finding(source: source.id.rawValue, url: source.url, problem: problem)
        }
        stale = catalogue.sources.compactMap { source in
            guard let checked = source.checked else {
                return finding(source, "not checked" + (source.checkedNote.map { ": \($0)" } ?? ""))
            }
            if checked > day { return finding(source, "checked on \(checked), which is after \(day)") }
            return checked < cutoff ? finding(source, "last checked \(checked.text)") : nil
        }
        undated = catalogue.sources.filter { $0.date == nil }.map { finding($0, "no publication or update date") }
        copies = catalogue.sources.compactMap { source in
            SourceChecks.copySiteReason(source.url).map { finding(source, $0) }
        }
        jobAdverts = catalogue.sources.filter { SourceChecks.isJobAdvert($0.url) }.map {
            finding($0, "a job advert, which expires; cite the employer's or the programme's own page")
        }
        insecure = catalogue.sources.filter { $0.url.hasPrefix("http://") }.map {
            finding($0, "uses http://; use the https:// address")
        }
        let secondary = Set(catalogue.sources.filter { $0.secondary != nil }.map(\.id))
        singleSecondary = catalogue.citations.compactMap { citation in
            guard citation.sources.count == 1, let only = citation.sources.first, secondary.contains(only),
                let source = catalogue.source(only)
            else { return nil }
            return finding(source, "the only source for \(citation.place)")
        }
        let lacking = catalogue.sources.filter { $0.date == nil || $0.checked == nil }.count
        let lackingBoth = catalogue.sources.filter { $0.date == nil && $0.checked == nil }.count
        shareLackingDates = total == 0 ? 0 : Double(lacking) / Double(total)
        shareLackingBoth = total == 0 ? 0 : Double(lackingBoth) / Double(total)
    }
}

extension Catalogue {
    /// Every place that cites sources, with the sources it cites: each role fact, group, entry point, route,
    /// rule, figure and pay table.
    public var citations: [(place: String, sources: [Source.ID])] {
        var result: [(place: String, sources: [Source.ID])] = []
        for role in roles {
            for (fact, ids) in role.factSources.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                result.append(("\(role.name): \(fact.rawValue)", ids))
            }
        }
        for group in groups { result.append(("group \(group.id)", group.sources)) }
        for entry in entryPoints { result.append(("entry point \(entry.id)", entry.sources)) }
        for route in routes { result.append(("route \(route.id)", route.sources)) }
        for rule in rules { result.append(("rule \(rule.id)", rule.sources)) }
        for figure in figures { result.append(("figure \(figure.id)", figure.sources)) }
        for scale in payScales { result.append(("pay \(scale.name)", scale.sources)) }
        return result
    }
}

extension CalendarDay {
    /// The same day of the month `months` later (earlier when negative), on the month's last day when the
    /// month is shorter.
    public func addingMonths(_ months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.days(in: newMonth, of: newYear)))
            ?? self
    }
}
