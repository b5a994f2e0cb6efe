// Tells when interfaces go up or down or change addresses (Linux rtnetlink), without polling.
#pragma once

#include <QObject>

class QSocketNotifier;
class QTimer;

namespace mct::core {

class LinkMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkMonitor)

public:
    explicit LinkMonitor(QObject *parent = nullptr);
    ~LinkMonitor() override;

    [[nodiscard]] bool isActive() const { return m_fd >= 0; }

Q_SIGNALS:
    // Emitted once per burst of kernel notifications (they come in groups when a link flaps).
    void linksChanged();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace mct::core
