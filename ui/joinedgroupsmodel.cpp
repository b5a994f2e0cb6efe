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
    for (const core::GroupCount &count : counts) {
        const int row = rowOf(count.request);
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
    default:
        return {};
    }
}

} // namespace mct::ui
