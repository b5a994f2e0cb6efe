// What the message bar says of joined groups that stopped receiving: each of them while it is down,
// and nothing stale once they receive again.
#pragma once

#include "receiver.h"

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

namespace mct::ui {

class MessageBar;

class GroupWarnings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupWarnings)

public:
    explicit GroupWarnings(MessageBar *bar, QObject *parent = nullptr);

    // The receiver's word on a joined group (Receiver::groupStateChanged).
    void onGroupStateChanged(const mct::core::JoinRequest &request, bool healthy, const QString &message);
    // A group left is no longer a warning.
    void onLeft(const mct::core::JoinRequest &request);

    [[nodiscard]] qsizetype groupsDown() const { return m_down.size(); }

private:
    // The group went from the list of those down: say what is left, or that it is back, but only
    // over the bar's own warning (not over a message that came since, nor one the user dismissed).
    void recovered(const QString &message);
    void showDown();
    [[nodiscard]] bool barShowsWarning() const;

    MessageBar *m_bar = nullptr;
    QList<std::pair<mct::core::JoinRequest, QString>> m_down; // in the order they went down
    QString m_shown;                                          // the warning the bar was given
};

} // namespace mct::ui
