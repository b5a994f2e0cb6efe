// Turns SIGINT and SIGTERM into a Qt signal, so Ctrl-C ends a capture cleanly with its summary.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace mct::cli {

class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mct::cli
