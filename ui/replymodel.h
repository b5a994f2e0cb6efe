// "Who hears me": one row per receiver that answered the sender, from core::ReplyTable.
#pragma once

#include "replytable.h"

#include <QAbstractTableModel>

namespace mct::ui {

class ReplyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyModel)

public:
    enum Column : int {
        HostColumn,
        AddressColumn,
        RepliesColumn,
        LossColumn,
        RttColumn,
        HopsColumn,
        TextColumn,
        ColumnCount
    };

    explicit ReplyModel(QObject *parent = nullptr);

    void addReply(const core::ReplyRecord &reply) { addReplies({reply}); }
    // One insert for the receivers heard for the first time, one change for the others.
    void addReplies(const QList<core::ReplyRecord> &replies);
    void clear();
    [[nodiscard]] const QList<core::ReceiverReport> &receivers() const { return m_table.receivers(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(qsizetype row, int column) const;
    [[nodiscard]] static QString hopsToolTip(const core::ReceiverReport &r);

    core::ReplyTable m_table;
};

} // namespace mct::ui
