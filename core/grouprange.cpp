// Group ranges and lists: "239.8.0.1-239.8.3.232:5000", "239.1.1.1:5000-5009", groups files.
#include "grouprange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace mct::core {

namespace {

// Gives this file's free functions a translation context.
class GroupRangeText final
{
    Q_DECLARE_TR_FUNCTIONS(GroupRange)
};

// A groups file is a list typed by a person; anything this big is the wrong file.
constexpr qint64 kMaxGroupsFileBytes = 16 * 1024 * 1024;

using RangeResult = Result<GroupRange>;

QString examples()
{
    return QStringLiteral(
            "239.8.0.1-239.8.3.232:5000, 239.1.1.1:5000-5009, [ff3e::8000:1-ff3e::8000:3e8]:5000");
}

// The last 16 bits of an IPv6 address.
quint16 low16(const QHostAddress &address)
{
    const Q_IPV6ADDR a = address.toIPv6Address();
    return quint16((a[14] << 8) | a[15]);
}

bool samePrefix112(const QHostAddress &a, const QHostAddress &b)
{
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    for (int i = 0; i < 14; ++i) {
        if (x[i] != y[i]) {
            return false;
        }
    }
    return true;
}

// One end of a range of groups: a plain multicast address without a zone.
Result<QHostAddress> parseGroupEnd(const QString &end, const QString &text)
{
    using R = Result<QHostAddress>;
    const auto address = parseAddress(end, QString());
    if (!address || end.trimmed() != end || end.startsWith(u'[')) {
        return R::failure(GroupRangeText::tr("range \"%1\": \"%2\" is not an IP address; write both ends in "
                                             "full, e.g. %3")
                                  .arg(text, end, examples()));
    }
    const QHostAddress &group = address.value();
    if (!group.isMulticast()) {
        return R::failure(GroupRangeText::tr("range \"%1\": %2 is not a multicast address; both ends must be "
                                             "groups (224.0.0.0/4, or ff00::/8 for IPv6)")
                                  .arg(text, group.toString()));
    }
    if (!group.scopeId().isEmpty()) {
        return R::failure(GroupRangeText::tr("range \"%1\": a zone (\"%%2\") is not taken in a group; choose "
                                             "the interface apart (-i on the command line, the interface "
                                             "list in the window)")
                                  .arg(text, group.scopeId()));
    }
    return R::success(group);
}

Result<std::pair<quint16, quint16>> parsePorts(const QString &ports, const QString &text)
{
    using R = Result<std::pair<quint16, quint16>>;
    const QStringList ends = ports.split(u'-');
    if (ends.size() > 2) {
        return R::failure(
                GroupRangeText::tr("range \"%1\": a port range has one \"-\", e.g. 5000-5009").arg(text));
    }
    quint16 values[2] = {0, 0};
    for (qsizetype i = 0; i < ends.size(); ++i) {
        bool numeric = false;
        const uint port = ends.at(i).toUInt(&numeric);
        if (!numeric || port < 1 || port > 65535 || ends.at(i).trimmed() != ends.at(i)) {
            return R::failure(
                    GroupRangeText::tr("range \"%1\": port \"%2\" is not valid; use a number from 1 to "
                                       "65535")
                            .arg(text, ends.at(i)));
        }
        values[i] = quint16(port);
    }
    if (ends.size() == 1) {
        values[1] = values[0];
    }
    if (values[0] > values[1]) {
        return R::failure(
                GroupRangeText::tr("range \"%1\": port %2 comes after %3; write the lower port first")
                        .arg(text)
                        .arg(values[0])
                        .arg(values[1]));
    }
    return R::success({values[0], values[1]});
}

// The groups of a range; `hosts` is "A-B" (or "A" with a port range).
RangeResult parseGroups(const QString &hosts, const QString &text)
{
    const QStringList ends = hosts.split(u'-');
    if (ends.size() > 2) {
        return RangeResult::failure(
                GroupRangeText::tr(
                        "range \"%1\": a range of groups has one \"-\" between the first group and "
                        "the last, e.g. %2")
                        .arg(text, examples()));
    }
    GroupRange range;
    const auto first = parseGroupEnd(ends.constFirst(), text);
    if (!first) {
        return RangeResult::failure(first.error());
    }
    const auto last = parseGroupEnd(ends.constLast(), text);
    if (!last) {
        return RangeResult::failure(last.error());
    }
    range.first = first.value();
    range.last = last.value();
    if (range.first.protocol() != range.last.protocol()) {
        return RangeResult::failure(GroupRangeText::tr("range \"%1\": %2 and %3 are of different address "
                                                       "families; a range is all IPv4 or all IPv6")
                                            .arg(text, range.first.toString(), range.last.toString()));
    }
    if (range.isIPv6() && !samePrefix112(range.first, range.last)) {
        return RangeResult::failure(
                GroupRangeText::tr(
                        "range \"%1\": an IPv6 range may differ only in the last 16 bits (the last "
                        "four hex digits), e.g. [ff3e::8000:1-ff3e::8000:3e8]; %2 and %3 differ "
                        "before them")
                        .arg(text, range.first.toString(), range.last.toString()));
    }
    const bool reversed = range.isIPv6() ? low16(range.first) > low16(range.last)
                                         : range.first.toIPv4Address() > range.last.toIPv4Address();
    if (reversed) {
        return RangeResult::failure(
                GroupRangeText::tr(
                        "range \"%1\": the first group %2 comes after the last %3; write the lower "
                        "one first")
                        .arg(text, range.first.toString(), range.last.toString()));
    }
    return RangeResult::success(range);
}

// Splits "[A-B]:P", "[A]-[B]:P" or "A-B:P" into the groups ("A-B") and the ports; false when the
// text has no port or brackets that do not close (parseEndpoint() then says so in its words).
bool splitRange(const QString &trimmed, QString *hosts, QString *ports)
{
    qsizetype portColon = -1;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0) {
            return false;
        }
        *hosts = trimmed.mid(1, close - 1);
        qsizetype after = close + 1;
        if (trimmed.mid(after).startsWith(QStringLiteral("-["))) {
            const qsizetype secondClose = trimmed.indexOf(u']', after);
            if (secondClose < 0) {
                return false;
            }
            *hosts += u'-' + trimmed.mid(after + 2, secondClose - after - 2);
            after = secondClose + 1;
        }
        portColon = trimmed.at(qMin(after, trimmed.size() - 1)) == u':' ? after : -1;
    } else {
        portColon = trimmed.lastIndexOf(u':');
        *hosts = trimmed.left(portColon);
        if (hosts->contains(u':')) {
            return false; // IPv6 without brackets
        }
    }
    if (portColon < 0 || portColon + 1 >= trimmed.size()) {
        return false;
    }
    *ports = trimmed.mid(portColon + 1);
    return true;
}

QString placeOf(const GroupItem &item)
{
    return item.origin.isEmpty() ? QStringLiteral("\"%1\"").arg(item.text)
                                 : QStringLiteral("%1 (\"%2\")").arg(item.origin, item.text);
}

} // namespace

quint64 GroupRange::groupCount() const
{
    if (isIPv6()) {
        return quint64(low16(last)) - low16(first) + 1;
    }
    return quint64(last.toIPv4Address()) - first.toIPv4Address() + 1;
}

QHostAddress GroupRange::group(quint64 index) const
{
    if (!isIPv6()) {
        return QHostAddress(quint32(first.toIPv4Address() + index));
    }
    Q_IPV6ADDR a = first.toIPv6Address();
    const auto value = quint16(low16(first) + index);
    a[14] = quint8(value >> 8);
    a[15] = quint8(value & 0xFF);
    return QHostAddress(a);
}

QList<Endpoint> GroupRange::endpoints() const
{
    QList<Endpoint> out;
    out.reserve(qsizetype(size()));
    const quint64 groups = groupCount();
    for (quint64 i = 0; i < groups; ++i) {
        const QHostAddress address = group(i);
        for (uint port = firstPort; port <= lastPort; ++port) {
            out.append(Endpoint{address, quint16(port)});
        }
    }
    return out;
}

QString GroupRange::toString() const
{
    QString groups = first.toString();
    if (!(first == last)) {
        groups += u'-' + last.toString();
    }
    if (isIPv6()) {
        groups = u'[' + groups + u']';
    }
    QString ports = QString::number(firstPort);
    if (lastPort != firstPort) {
        ports += u'-' + QString::number(lastPort);
    }
    return groups + u':' + ports;
}

Result<GroupRange> parseGroupRange(const QString &text)
{
    const QString trimmed = text.trimmed();
    QString hosts;
    QString ports;
    if (!splitRange(trimmed, &hosts, &ports) || (!hosts.contains(u'-') && !ports.contains(u'-'))) {
        // One group, or text that is none: parseEndpoint() says what is wrong the way it always has.
        const auto endpoint = parseEndpoint(text);
        if (!endpoint) {
            return RangeResult::failure(endpoint.error());
        }
        const Endpoint &e = endpoint.value();
        return RangeResult::success(GroupRange{e.group, e.group, e.port, e.port});
    }
    auto range = parseGroups(hosts, trimmed);
    if (!range) {
        return range;
    }
    const auto portRange = parsePorts(ports, trimmed);
    if (!portRange) {
        return RangeResult::failure(portRange.error());
    }
    range.value().firstPort = portRange.value().first;
    range.value().lastPort = portRange.value().second;
    return range;
}

Result<QList<GroupItem>> parseGroupList(const QString &text, const QString &origin)
{
    using R = Result<QList<GroupItem>>;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<GroupItem> items;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto range = parseGroupRange(word);
        if (!range) {
            return R::failure(range.error());
        }
        items.append(GroupItem{range.value(), word, origin});
    }
    return R::success(items);
}

Result<QList<GroupItem>> parseGroupsText(const QString &text, const QString &fileName)
{
    using R = Result<QList<GroupItem>>;
    QList<GroupItem> items;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(u'#', 0, 0);
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(i + 1);
        const auto parsed = parseGroupList(line, where);
        if (!parsed) {
            return R::failure(QStringLiteral("%1: %2").arg(where, parsed.error()));
        }
        items.append(parsed.value());
    }
    if (items.isEmpty()) {
        return R::failure(
                GroupRangeText::tr("%1: no group in it; write one GROUP:PORT or range a line, e.g. %2")
                        .arg(fileName, examples()));
    }
    return R::success(items);
}

Result<QList<GroupItem>> readGroupsFile(const QString &path)
{
    using R = Result<QList<GroupItem>>;
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        return R::failure(GroupRangeText::tr("cannot read the groups file %1: it is a directory").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
                GroupRangeText::tr("cannot read the groups file %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.read(kMaxGroupsFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return R::failure(
                GroupRangeText::tr("cannot read the groups file %1: %2").arg(path, file.errorString()));
    }
    if (data.size() > kMaxGroupsFileBytes) {
        return R::failure(
                GroupRangeText::tr("the groups file %1 is larger than %2 MiB; is it the right file?")
                        .arg(path)
                        .arg(kMaxGroupsFileBytes / (1024 * 1024)));
    }
    return parseGroupsText(QString::fromUtf8(data), path);
}

Result<QList<GroupItem>> parseGroupArguments(const QStringList &arguments, const QString &groupsFile)
{
    using R = Result<QList<GroupItem>>;
    QList<GroupItem> items;
    for (const QString &text : arguments) {
        const auto parsed = parseGroupList(text);
        if (!parsed) {
            return parsed;
        }
        items.append(parsed.value());
    }
    if (!groupsFile.isNull()) {
        const auto fromFile = readGroupsFile(groupsFile);
        if (!fromFile) {
            return fromFile;
        }
        items.append(fromFile.value());
    }
    return R::success(items);
}

quint64 totalSize(const QList<GroupItem> &items)
{
    quint64 total = 0;
    for (const GroupItem &item : items) {
        const quint64 size = item.range.size();
        total = size > std::numeric_limits<quint64>::max() - total ? std::numeric_limits<quint64>::max()
                                                                   : total + size;
    }
    return total;
}

Result<QList<Endpoint>> expandGroups(const QList<GroupItem> &items, bool force)
{
    using R = Result<QList<Endpoint>>;
    const quint64 total = totalSize(items);
    if (!force && total > kMaxGroupsUnforced) {
        return R::failure(
                GroupRangeText::tr("%1 groups named (group:port pairs to join); more than %2 at once "
                                   "needs --force")
                        .arg(total)
                        .arg(kMaxGroupsUnforced));
    }
    if (total > kMaxGroupsForced) {
        return R::failure(GroupRangeText::tr("%1 groups named (group:port pairs to join); at most %2 can be "
                                             "joined, also with --force")
                                  .arg(total)
                                  .arg(kMaxGroupsForced));
    }
    QList<Endpoint> out;
    out.reserve(qsizetype(total));
    QHash<Endpoint, qsizetype> namedIn; // which item named each group first
    namedIn.reserve(qsizetype(total));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QList<Endpoint> endpoints = items.at(i).range.endpoints();
        for (const Endpoint &e : endpoints) {
            const auto known = namedIn.constFind(e);
            if (known != namedIn.cend()) {
                return R::failure(
                        GroupRangeText::tr("%1 is named twice: in %2 and again in %3")
                                .arg(e.toString(), placeOf(items.at(*known)), placeOf(items.at(i))));
            }
            namedIn.insert(e, i);
            out.append(e);
        }
    }
    return R::success(out);
}

QString rangeAdvice(const GroupRange &range)
{
    const quint64 groups = range.groupCount();
    for (quint64 i = 0; i < groups; ++i) {
        QString advice = groupAdvice(range.group(i));
        if (!advice.isEmpty()) {
            return advice;
        }
    }
    return {};
}

QHostAddress firstSourceSpecificGroup(const GroupRange &range)
{
    const quint64 groups = range.groupCount();
    for (quint64 i = 0; i < groups; ++i) {
        const QHostAddress group = range.group(i);
        if (isSourceSpecificGroup(group)) {
            return group;
        }
    }
    return {};
}

Result<Endpoint> parseSingleEndpoint(const QString &text)
{
    auto endpoint = parseEndpoint(text);
    if (endpoint) {
        return endpoint;
    }
    const auto list = parseGroupList(text);
    if (list && list.value().size() == 1 && list.value().constFirst().range.size() == 1) {
        const GroupRange &one = list.value().constFirst().range; // "239.1.1.1-239.1.1.1:5000"
        return Result<Endpoint>::success(Endpoint{one.first, one.firstPort});
    }
    if (list && !list.value().isEmpty()) {
        return Result<Endpoint>::failure(
                GroupRangeText::tr("\"%1\" names %2 groups; one GROUP:PORT is taken here (ranges and lists "
                                   "are for receiving)")
                        .arg(text.trimmed())
                        .arg(totalSize(list.value())));
    }
    return endpoint;
}

} // namespace mct::core
