// An item delegate whose tool tips show the model's text literally, never as rich text.
#pragma once

#include <QStyledItemDelegate>

namespace mct::ui {

// QToolTip renders any text that looks like HTML as rich text; packet data, reply texts and host
// names come from the network and must stay literal (escaped, wrapped at the tool tip's width).
class PlainToolTipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainToolTipDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace mct::ui
