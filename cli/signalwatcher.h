// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal: Ctrl-C, kill or a closed terminal end a capture
// cleanly, recordings complete and the summary printed.
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
