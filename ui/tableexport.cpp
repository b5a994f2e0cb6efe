// Writes the rows the packet table holds to a pcap, CSV or JSON Lines file, on a worker thread.
#include "tableexport.h"

#include "plural.h"
#include "recordfiledialog.h"

#include <QDir>
#include <QLocale>
#include <QThread>

namespace mct::ui {

TableExport::TableExport(QObject *parent)
    : QObject(parent)
{}

TableExport::~TableExport()
{
    if (m_thread) {
        m_thread->wait();
    }
}

bool TableExport::start(const QList<core::PacketBatch> &rows, core::RecordFormat format, const QString &path)
{
    if (m_thread) {
        return false;
    }
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    m_path = path;
    // A million rows take seconds to format: never on the GUI thread.
    m_thread.reset(QThread::create([rows, format, path, outcome] {
        auto opened = core::PacketWriter::open(format, path);
        if (!opened) {
            outcome->error = opened.error();
            return;
        }
        core::PacketWriter &writer = *opened.value();
        for (const core::PacketBatch &batch : rows) {
            if (!writer.writeBatch(batch)) {
                break;
            }
        }
        const bool closed = writer.close();
        outcome->written = writer.written();
        if (!closed || !writer.errorString().isEmpty()) {
            outcome->error = writer.errorString();
        }
    }));
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread.get(), &QThread::finished, this, &TableExport::onThreadFinished);
    m_thread->start();
    return true;
}

void TableExport::onThreadFinished()
{
    // finished() comes just before the thread ends; wait() makes deleting it safe.
    m_thread->wait();
    m_thread.reset();
    const std::shared_ptr<Outcome> outcome = std::exchange(m_outcome, {});
    const QString count = QLocale().toString(qulonglong(outcome->written));
    if (outcome->error.isEmpty()) {
        Q_EMIT message(MessageBar::Kind::Information,
                       tr("Exported %1 packet(s) to %2", nullptr, core::pluralSelector(outcome->written))
                               .arg(count, QDir::toNativeSeparators(m_path)));
    } else if (outcome->written == 0) {
        Q_EMIT message(MessageBar::Kind::Error,
                       tr("Cannot export the table: %1").arg(fileErrorText(m_path, outcome->error)));
    } else {
        Q_EMIT message(MessageBar::Kind::Error, tr("Export stopped after %1 packet(s): %2", nullptr,
                                                   core::pluralSelector(outcome->written))
                                                        .arg(count, fileErrorText(m_path, outcome->error)));
    }
    Q_EMIT finished(m_path, outcome->written, outcome->error);
}

} // namespace mct::ui
