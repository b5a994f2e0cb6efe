// The groups the receiver has joined, each with the interfaces it joined on and its own packet count.
#include "joinedgroupsmodel.h"

#include "glyphicons.h"

#include <QLocale>

#include <algorithm>

namespace mct::ui {

JoinedGroupsModel::JoinedGroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JoinedGroupsModel::addGroup(const core::JoinRequest &request, const QStringList &interfaces)
{
    if (rowOf(request) >= 0) {
        return;
    }
    Group g;
    g.request = request;
    g.interfaces = interfaces;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    m_groups.append(g);
    endInsertRows();
}

void JoinedGroupsModel::removeGroup(const core::JoinRequest &request)
{
    const int row = rowOf(request);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

void JoinedGroupsModel::setPacketCounts(const QList<core::GroupCount> &counts)
{
    int first = int(m_groups.size());
    int last = -1;
    // The receiver lists its groups in the order joined, as the rows are: each is looked for after
    // the one before, and only searched for when not there (a thousand groups on every status).
    int next = 0;
    for (const core::GroupCount &count : counts) {
        const bool inPlace = next < m_groups.size() && m_groups.at(next).request == count.request;
        const int row = inPlace ? next : rowOf(count.request);
        next = row >= 0 ? row + 1 : next;
        if (row >= 0 && m_groups.at(row).packets != count.packets) {
            m_groups[row].packets = count.packets;
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= 0) {
        Q_EMIT dataChanged(index(first, PacketsColumn), index(last, PacketsColumn), {Qt::DisplayRole});
    }
}

void JoinedGroupsModel::setQueriers(const QList<core::QuerierInfo> &queriers, qint64 nowNs)
{
    // The ages move every second: the column changes on every status while a group is joined.
    m_queriers = queriers;
    m_queriersAtNs = nowNs;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, QuerierColumn), index(int(m_groups.size()) - 1, QuerierColumn));
    }
}

void JoinedGroupsModel::setQuerierUnavailable(const QString &why)
{
    m_querierUnavailable = why;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, QuerierColumn), index(int(m_groups.size()) - 1, QuerierColumn));
    }
}

QList<core::QuerierInfo> JoinedGroupsModel::queriersOf(int row) const
{
    QList<core::QuerierInfo> out;
    if (row < 0 || row >= m_groups.size()) {
        return out;
    }
    const Group &g = m_groups.at(row);
    for (const core::QuerierInfo &q : m_queriers) {
        if (q.ipv6 == g.request.endpoint.isIPv6() && g.interfaces.contains(q.interfaceName)) {
            out.append(q);
        }
    }
    return out;
}

QVariant JoinedGroupsModel::querierData(int row, int role) const
{
    const QList<core::QuerierInfo> queriers = queriersOf(row);
    const auto none = std::find_if(queriers.cbegin(), queriers.cend(), [](const core::QuerierInfo &q) {
        return q.state == core::QuerierInfo::State::None;
    });
    const auto heard = std::find_if(queriers.cbegin(), queriers.cend(), [](const core::QuerierInfo &q) {
        return q.state == core::QuerierInfo::State::Heard;
    });
    const bool sourcesLost = std::any_of(queriers.cbegin(), queriers.cend(), [](const core::QuerierInfo &q) {
        return !core::querierFallbackWarning(q).isEmpty();
    });
    switch (role) {
    case Qt::DisplayRole:
        if (queriers.isEmpty()) {
            return m_querierUnavailable.isEmpty() ? QStringLiteral("\u2013") : tr("unknown");
        }
        // Joined on every interface, the group comes in where a querier is heard: that one shows.
        if (heard != queriers.cend()) {
            return tr("%1 %2, %3 s ago")
                    .arg(heard->address.toString(), heard->protocolName())
                    .arg(std::max<qint64>(0, (m_queriersAtNs - heard->lastQueryNs) / 1'000'000'000));
        }
        return none != queriers.cend() ? tr("none heard") : tr("listening\u2026");
    case Qt::DecorationRole: {
        const bool noneAnywhere = none != queriers.cend() && heard == queriers.cend();
        return noneAnywhere || sourcesLost ? QVariant(glyphIcon(Glyph::Warn)) : QVariant();
    }
    case Qt::ToolTipRole: {
        if (queriers.isEmpty()) {
            return m_querierUnavailable.isEmpty()
                           ? tr("No interface of this group can be watched for a querier")
                           : m_querierUnavailable;
        }
        QStringList lines;
        for (const core::QuerierInfo &q : queriers) {
            lines.append(core::querierToText(q, m_queriersAtNs));
            for (const QString &more : {core::querierAdvice(q), core::querierFallbackWarning(q)}) {
                if (!more.isEmpty()) {
                    lines.append(more);
                }
            }
        }
        lines.removeDuplicates();
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

void JoinedGroupsModel::setGroupState(const core::JoinRequest &request, bool healthy, const QString &message)
{
    const int row = rowOf(request);
    if (row < 0) {
        return;
    }
    Group &g = m_groups[row];
    g.healthy = healthy;
    g.stateMessage = healthy ? QString() : message; // normal again once it receives again
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool JoinedGroupsModel::isHealthy(int row) const
{
    return m_groups.value(row).healthy;
}

QString JoinedGroupsModel::filterText(int row) const
{
    return filterText(m_groups.value(row).request);
}

QString JoinedGroupsModel::filterText(const core::JoinRequest &request)
{
    const auto list = [](const QList<QHostAddress> &addresses) {
        QStringList out;
        for (const QHostAddress &a : addresses) {
            out.append(a.toString());
        }
        return out.join(QStringLiteral(", "));
    };
    if (!request.includeSources.isEmpty()) {
        return tr("from %1").arg(list(request.includeSources));
    }
    if (!request.excludeSources.isEmpty()) {
        return tr("except %1").arg(list(request.excludeSources));
    }
    return {};
}

core::JoinRequest JoinedGroupsModel::request(int row) const
{
    return m_groups.value(row).request;
}

QList<core::JoinRequest> JoinedGroupsModel::requests() const
{
    QList<core::JoinRequest> out;
    out.reserve(m_groups.size());
    for (const Group &g : m_groups) {
        out.append(g.request);
    }
    return out;
}

int JoinedGroupsModel::rowOf(const core::JoinRequest &request) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).request == request) {
            return i;
        }
    }
    return -1;
}

quint64 JoinedGroupsModel::packets(int row) const
{
    return m_groups.value(row).packets;
}

int JoinedGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int JoinedGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JoinedGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Group &g = m_groups.at(index.row());
    if (index.column() == QuerierColumn
        && (role == Qt::DisplayRole || role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        return querierData(index.row(), role);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case GroupColumn: {
            const QString filter = filterText(g.request);
            return filter.isEmpty() ? g.request.endpoint.toString()
                                    : tr("%1 %2").arg(g.request.endpoint.toString(), filter);
        }
        case InterfaceColumn:
            return g.interfaces.join(QStringLiteral(", "));
        case PacketsColumn:
            return QLocale().toString(qulonglong(g.packets));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == GroupColumn && !g.healthy) {
        return glyphIcon(Glyph::Warn);
    }
    if (role == Qt::ToolTipRole) {
        const QString counted = tr("%1: packets received: %2").arg(g.request.toString()).arg(g.packets);
        return g.stateMessage.isEmpty() ? counted : tr("%1\n%2").arg(g.stateMessage, counted);
    }
    if (role == Qt::AccessibleDescriptionRole && !g.healthy) {
        return g.stateMessage;
    }
    if (role == Qt::TextAlignmentRole) {
        return int((index.column() == PacketsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

QVariant JoinedGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GroupColumn:
        return tr("Group:port");
    case InterfaceColumn:
        return tr("Joined on");
    case PacketsColumn:
        return tr("Packets");
    case QuerierColumn:
        return tr("Querier");
    default:
        return {};
    }
}

} // namespace mct::ui
