// The groups the receiver has joined, each with the interfaces it joined on and its own packet count.
#pragma once

#include "packet.h"
#include "receiver.h"

#include <QAbstractTableModel>

namespace mct::ui {

class JoinedGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinedGroupsModel)

public:
    enum Column : int {
        GroupColumn,
        InterfaceColumn,
        PacketsColumn,
        QuerierColumn,
        ColumnCount
    };

    explicit JoinedGroupsModel(QObject *parent = nullptr);

    void addGroup(const core::JoinRequest &request, const QStringList &interfaces);
    void removeGroup(const core::JoinRequest &request);
    // The receiver's counts (every packet, also those the table did not show); groups it does
    // not name keep theirs.
    void setPacketCounts(const QList<core::GroupCount> &counts);
    // What the receiver hears of the queriers where the groups are joined (from its status).
    void setQueriers(const QList<core::QuerierInfo> &queriers, qint64 nowNs);
    // Queriers cannot be heard here: why (no CAP_NET_RAW), shown instead of a querier.
    void setQuerierUnavailable(const QString &why);
    // The queriers of the group's interfaces and address family.
    [[nodiscard]] QList<core::QuerierInfo> queriersOf(int row) const;
    // The receiver's word on a group: not receiving (lost its interface), or receiving again.
    void setGroupState(const core::JoinRequest &request, bool healthy, const QString &message);

    [[nodiscard]] core::JoinRequest request(int row) const;
    [[nodiscard]] QList<core::JoinRequest> requests() const;
    [[nodiscard]] int rowOf(const core::JoinRequest &request) const;
    [[nodiscard]] quint64 packets(int row) const;
    [[nodiscard]] bool isHealthy(int row) const;
    // "from 10.0.0.1" or "except 10.0.0.2"; empty for any-source joins.
    [[nodiscard]] QString filterText(int row) const;
    [[nodiscard]] static QString filterText(const core::JoinRequest &request);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        core::JoinRequest request;
        QStringList interfaces;
        quint64 packets = 0;
        bool healthy = true;
        QString stateMessage; // the receiver's last word on it
    };

    [[nodiscard]] QVariant querierData(int row, int role) const;

    QList<Group> m_groups;
    QList<core::QuerierInfo> m_queriers;
    qint64 m_queriersAtNs = 0; // when m_queriers was current, for their ages
    QString m_querierUnavailable;
};

} // namespace mct::ui
