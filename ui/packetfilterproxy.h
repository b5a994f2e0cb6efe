// Narrows the packet table to rows whose source, group or payload text holds the filter text.
#pragma once

#include <QSortFilterProxyModel>

namespace mct::ui {

class PacketTableModel;

class PacketFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketFilterProxy)

public:
    explicit PacketFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Case-insensitive substring, like setFilterFixedString(), but over three columns at once.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_needle; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PacketTableModel *m_packets = nullptr;
    QString m_needle;
};

} // namespace mct::ui
