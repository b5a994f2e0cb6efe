// "Who hears me": one row per receiver that answered the sender, from core::ReplyTable.
#include "replymodel.h"

#include "glyphicons.h"
#include "payloadtext.h"
#include "recognize.h"

#include <algorithm>

namespace mct::ui {

ReplyModel::ReplyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReplyModel::addReplies(const QList<core::ReplyRecord> &replies)
{
    // ReplyTable groups by address and appends newcomers in the order they are heard, so the new
    // receivers become the last rows; how many, and which rows change, has to be known before the
    // table changes.
    const int before = int(m_table.receivers().size());
    int firstChanged = before;
    int lastChanged = -1;
    QList<std::pair<QHostAddress, quint16>> newcomers;
    for (const core::ReplyRecord &reply : replies) {
        const int row = int(m_table.indexOf(reply.from, reply.fromPort));
        if (row >= 0) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        } else if (std::none_of(newcomers.cbegin(), newcomers.cend(), [&reply](const auto &seen) {
                       return core::ReplyTable::sameReceiver(seen.first, seen.second, reply.from,
                                                             reply.fromPort);
                   })) {
            newcomers.append({reply.from, reply.fromPort});
        }
    }
    // A newcomer from an address already listed (a second receiver on that host) makes the rows
    // at that address show their ports (ReplyTable::displayAddress).
    for (int row = 0; row < before; ++row) {
        const QHostAddress &address = m_table.receivers().at(row).address;
        if (std::any_of(newcomers.cbegin(), newcomers.cend(), [&address](const auto &seen) {
                return core::ReplyTable::sameAddress(seen.first, address);
            })) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        }
    }
    const int after = before + int(newcomers.size());
    if (after > before) {
        beginInsertRows({}, before, after - 1);
    }
    for (const core::ReplyRecord &reply : replies) {
        m_table.add(reply);
    }
    if (after > before) {
        endInsertRows();
    }
    if (lastChanged >= 0) {
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
}

void ReplyModel::clear()
{
    beginResetModel();
    m_table.clear();
    endResetModel();
}

int ReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.receivers().size());
}

int ReplyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReplyModel::text(qsizetype row, int column) const
{
    const core::ReceiverReport &r = m_table.receivers().at(row);
    switch (column) {
    case HostColumn:
        return r.host.isEmpty() ? tr("(plain reply)") : core::escapeControls(r.host);
    case AddressColumn:
        return m_table.displayAddress(row);
    case RepliesColumn:
        return QString::number(r.replies);
    case LossColumn:
        return r.host.isEmpty() ? QString() : QString::number(r.reportedLost);
    case RttColumn:
        return r.rttCount > 0 ? tr("%1 ms").arg(r.rttAvgMs, 0, 'f', 2) : QString();
    case HopsColumn:
        return r.hops >= 0 ? QString::number(r.hops) : QString();
    case TextColumn:
        return core::escapeControls(r.lastText);
    default:
        return {};
    }
}

QString ReplyModel::hopsToolTip(const core::ReceiverReport &r)
{
    QString tip = r.hops >= 0 ? tr("%n router(s) on the way: sent with TTL %1, arrived with TTL %2", nullptr,
                                   r.hops)
                                        .arg(r.hops + r.ttl)
                                        .arg(r.ttl)
                              : tr("Arrived with TTL %1").arg(r.ttl);
    if (r.atTtlEdge()) {
        tip += u'\n'
               + tr("At the edge of the TTL: one router more and this receiver would not hear the packets. "
                    "Raise the TTL field.");
    }
    return tip;
}

QVariant ReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ReceiverReport &r = m_table.receivers().at(index.row());
    if (role == Qt::DisplayRole) {
        return text(index.row(), index.column());
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RttColumn && r.rttCount > 0) {
            return tr("Round trip min/avg/max: %1 / %2 / %3 ms (replies measured: %4)")
                    .arg(r.rttMinMs, 0, 'f', 3)
                    .arg(r.rttAvgMs, 0, 'f', 3)
                    .arg(r.rttMaxMs, 0, 'f', 3)
                    .arg(r.rttCount);
        }
        if (index.column() == HopsColumn && r.ttl >= 0) {
            return hopsToolTip(r);
        }
        if (index.column() == LossColumn && !r.host.isEmpty()) {
            return tr("The receiver reports %1 received and %2 lost")
                    .arg(r.reportedReceived)
                    .arg(r.reportedLost);
        }
        return text(index.row(), index.column());
    }
    if ((role == Qt::DecorationRole || role == Qt::AccessibleDescriptionRole) && index.column() == HopsColumn
        && r.atTtlEdge()) {
        return role == Qt::DecorationRole ? QVariant(glyphIcon(Glyph::Warn)) : QVariant(hopsToolTip(r));
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == RepliesColumn || index.column() == LossColumn
                            || index.column() == RttColumn || index.column() == HopsColumn;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReplyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LossColumn:
            return tr("Packets the receiver reports lost (probe replies only)");
        case RttColumn:
            return tr("Average round-trip time of probe replies");
        case HopsColumn:
            return tr("Routers between here and the receiver (TTL sent - TTL received, probe replies); "
                      "a warning sign: one router more and it would not hear");
        case TextColumn:
            return tr("The last plain-text reply");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case HostColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case RepliesColumn:
        return tr("Replies");
    case LossColumn:
        return tr("Lost");
    case RttColumn:
        return tr("RTT");
    case HopsColumn:
        return tr("Hops");
    case TextColumn:
        return tr("Last text");
    default:
        return {};
    }
}

} // namespace mct::ui
