// Writes the rows the packet table holds to a pcap, CSV or JSON Lines file, on a worker thread.
#pragma once

#include "messagebar.h"
#include "packet.h"
#include "recorder.h"

#include <QObject>

#include <memory>

class QThread;

namespace mct::ui {

class TableExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableExport)

public:
    explicit TableExport(QObject *parent = nullptr);
    // Waits for a running export: the file is complete (or reported) before the window goes.
    ~TableExport() override;

    // False while another export runs. `rows` share the table's memory; copying them is cheap.
    bool start(const QList<core::PacketBatch> &rows, core::RecordFormat format, const QString &path);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // error is empty on success; written counts the packets in the file.
    void finished(const QString &path, quint64 written, const QString &error);
    // The same for the message bar, in words.
    void message(mct::ui::MessageBar::Kind kind, const QString &text);

private:
    struct Outcome
    {
        quint64 written = 0;
        QString error;
    };
    void onThreadFinished();

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Outcome> m_outcome;
    QString m_path;
};

} // namespace mct::ui
