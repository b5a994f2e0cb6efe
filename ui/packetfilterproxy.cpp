// Narrows the packet table to rows whose source, group or payload text holds the filter text.
#include "packetfilterproxy.h"

#include "packettablemodel.h"

namespace mct::ui {

PacketFilterProxy::PacketFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void PacketFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_packets = qobject_cast<PacketTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void PacketFilterProxy::setFilterText(const QString &text)
{
    if (text == m_needle) {
        return;
    }
    m_needle = text;
    // The public setter re-runs the filter on every Qt 6 version (invalidateFilter() is on its way out).
    setFilterFixedString(text);
}

bool PacketFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    if (m_packets == nullptr || sourceParent.isValid()) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    return m_packets->rowMatches(sourceRow, m_needle);
}

} // namespace mct::ui
