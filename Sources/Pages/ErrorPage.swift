import Plot
import Workforce

/// The page shown for a missing page, bad input or a fault: what happened and what to do next.
public struct ErrorPage: Sendable {
    public let status: Int
    public let title: String
    public let detail: String

    public init(status: Int, title: String, detail: String) {
        self.status = status
        self.title = title
        self.detail = detail
    }

    public func render() -> String {
        var next: [Markup] = []
        switch status {
        case 404:
            next = [
                .paragraph("If you typed the web address, check it is correct."),
                .tag(
                    "p", [],
                    [
                        .text("You can "), .link("browse all roles", to: .roles(RoleFilter())), .text(" or go to the "),
                        .link("home page", to: .home), .text("."),
                    ]),
            ]
        case 400..<500:
            next = [
                .tag(
                    "p", [],
                    [
                        .text("Go back and change what you entered, or start again from the "),
                        .link("roles page", to: .roles(RoleFilter())), .text("."),
                    ])
            ]
        default:
            next = [.paragraph("Try again in a few minutes. Nothing you saved has been lost.")]
        }
        return Layout(title: title, section: .none).render(
            [.heading(1, title), .paragraph(detail, class: "lede")] + next
        )
    }
}
