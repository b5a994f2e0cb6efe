// libFuzzer target: the group range, list and groups-file parsers and what they expand to.
#include "grouprange.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace mct::core;

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// Every joinable group:port is multicast, of the range's family, inside the range and its ports.
void checkRange(const GroupRange &range)
{
    check(range.first.isMulticast() && range.last.isMulticast());
    check(range.first.protocol() == range.last.protocol());
    check(range.firstPort >= 1 && range.firstPort <= range.lastPort);
    check(range.groupCount() >= 1 && range.size() == range.groupCount() * range.portCount());
    check(range.group(0) == range.first && range.group(range.groupCount() - 1) == range.last);
    // What we print must parse back to the same range.
    const auto again = parseGroupRange(range.toString());
    check(again.ok() && again.value() == range);
}

// The expansion: as many as counted, each multicast and of its item's family, none twice.
void checkExpansion(const QList<GroupItem> &items)
{
    const auto expanded = expandGroups(items, false);
    if (!expanded) {
        check(!expanded.error().isEmpty());
        return;
    }
    const QList<Endpoint> &endpoints = expanded.value();
    check(quint64(endpoints.size()) == totalSize(items) && totalSize(items) <= kMaxGroupsUnforced);
    const QSet<Endpoint> distinct(endpoints.cbegin(), endpoints.cend());
    check(distinct.size() == endpoints.size());
    qsizetype at = 0;
    for (const GroupItem &item : items) {
        checkRange(item.range);
        for (quint64 i = 0; i < item.range.size(); ++i, ++at) {
            const Endpoint &e = endpoints.at(at);
            check(e.group.isMulticast() && e.port != 0 && e.isIPv6() == item.range.isIPv6());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto range = parseGroupRange(text);
    if (range) {
        checkRange(range.value());
        if (range.value().size() <= kMaxGroupsUnforced) {
            checkExpansion({GroupItem{range.value(), text, {}}});
        }
    } else {
        check(!range.error().isEmpty());
    }
    const auto list = parseGroupList(text);
    if (list) {
        checkExpansion(list.value());
    }
    const auto file = parseGroupsText(text, QStringLiteral("fuzz.txt"));
    if (file) {
        checkExpansion(file.value());
    } else {
        check(file.error().contains(QStringLiteral("fuzz.txt")));
    }
    const auto single = parseSingleEndpoint(text);
    check(single ? single.value().group.isMulticast() : !single.error().isEmpty());
    return 0;
}
