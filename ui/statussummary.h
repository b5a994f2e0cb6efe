// The status bar's running totals: packets and bytes received, rate, streams, loss, kernel drops, rows.
#pragma once

#include "receiver.h"

#include <QWidget>

class QLabel;

namespace mct::ui {

class StatusSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummary)

public:
    explicit StatusSummary(QWidget *parent = nullptr);

    void setReceiverStatus(const core::ReceiverStatus &status);
    // Rows visible through the filter, rows in the table, its capacity.
    void setTableCounts(qsizetype shown, qsizetype rows, qsizetype capacity, bool filtered);

    [[nodiscard]] QString text() const;

    // QLocale::formattedDataSize() with the sizes below 1 KiB in this program's words ("590 B"):
    // Qt's own Chinese translation leaves those as "590 bytes".
    [[nodiscard]] static QString dataSizeText(const QLocale &locale, qint64 bytes);

private:
    QLabel *addField(const QString &accessibleName, const QString &toolTip);
    // Shows the field (and its separator) only while it has something to say.
    static void showField(QLabel *field, bool visible);

    QLabel *m_received = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_streams = nullptr;
    QLabel *m_loss = nullptr;
    QLabel *m_drops = nullptr;
    QLabel *m_notShown = nullptr;
    QLabel *m_rows = nullptr;
};

} // namespace mct::ui
