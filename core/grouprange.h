// Group ranges and lists: "239.8.0.1-239.8.3.232:5000", "239.1.1.1:5000-5009", groups files.
#pragma once

#include "endpoint.h"
#include "result.h"

#include <QList>

namespace mct::core {

// More joins than this from one command need --force: a typo in a range easily names millions.
inline constexpr quint64 kMaxGroupsUnforced = 10'000;
// Even forced: each join holds a socket (the descriptor limit is raised to at most 65,536) and its
// memory; past this a range is a mistake, not a test.
inline constexpr quint64 kMaxGroupsForced = 1'000'000;

// Every group from first to last (IPv4: any span; IPv6: the last 16 bits only), each on every
// port from firstPort to lastPort. A single GROUP:PORT is a range of one.
struct GroupRange
{
    QHostAddress first;
    QHostAddress last;
    quint16 firstPort = 0;
    quint16 lastPort = 0;

    [[nodiscard]] bool isIPv6() const { return first.protocol() == QAbstractSocket::IPv6Protocol; }
    [[nodiscard]] quint64 groupCount() const;
    [[nodiscard]] quint64 portCount() const { return quint64(lastPort) - firstPort + 1; }
    // How many group:port pairs (joins) it names.
    [[nodiscard]] quint64 size() const { return groupCount() * portCount(); }
    // The index-th group, 0 <= index < groupCount().
    [[nodiscard]] QHostAddress group(quint64 index) const;
    // Group by group, each on its ports in order.
    [[nodiscard]] QList<Endpoint> endpoints() const;
    // As typed: "239.8.0.1-239.8.3.232:5000", "[ff3e::1-ff3e::3e8]:5000-5009", "239.1.2.3:5000".
    [[nodiscard]] QString toString() const;
    friend bool operator==(const GroupRange &a, const GroupRange &b)
    {
        return a.first == b.first && a.last == b.last && a.firstPort == b.firstPort
               && a.lastPort == b.lastPort;
    }
};

// One GROUP:PORT (parseEndpoint's checks and messages) or a range of groups, of ports, or both:
// "A-B:PORT", "A:P1-P2", "[A-B]:PORT" or "[A]-[B]:PORT" for IPv6.
[[nodiscard]] Result<GroupRange> parseGroupRange(const QString &text);

// One range as the user gave it, and where: "groups.txt:3" for a file's line, empty when typed.
struct GroupItem
{
    GroupRange range;
    QString text;
    QString origin;
};

// Ranges separated by commas or white space (an argument, the window's Join field).
[[nodiscard]] Result<QList<GroupItem>> parseGroupList(const QString &text, const QString &origin = {});
// A groups file: one GROUP:PORT or range a line, "#" starts a comment, blank lines are skipped.
// A bad line is named as "FILE:LINE"; a file with no group in it is refused too.
[[nodiscard]] Result<QList<GroupItem>> readGroupsFile(const QString &path);
// What readGroupsFile() does with the file's text; `fileName` only names it in messages.
[[nodiscard]] Result<QList<GroupItem>> parseGroupsText(const QString &text, const QString &fileName);

// A command line's groups: each argument a list, then the groups file's when groupsFile is not null.
[[nodiscard]] Result<QList<GroupItem>> parseGroupArguments(const QStringList &arguments,
                                                           const QString &groupsFile);

// How many joins the items name together (saturating, never overflows).
[[nodiscard]] quint64 totalSize(const QList<GroupItem> &items);
// Every group:port the items name, in order. Refuses one named twice, and more than
// kMaxGroupsUnforced (kMaxGroupsForced with force) before making any.
[[nodiscard]] Result<QList<Endpoint>> expandGroups(const QList<GroupItem> &items, bool force);

// groupAdvice() for the first group of the range it has any for; empty when none has.
[[nodiscard]] QString rangeAdvice(const GroupRange &range);
// The first source-specific group of the range; a null address when there is none.
[[nodiscard]] QHostAddress firstSourceSpecificGroup(const GroupRange &range);

// For what takes one group (send, doctor, the sender's field): parseEndpoint(), but a valid range
// or list gets a message saying that one group is taken here and how many it names.
[[nodiscard]] Result<Endpoint> parseSingleEndpoint(const QString &text);

} // namespace mct::core
