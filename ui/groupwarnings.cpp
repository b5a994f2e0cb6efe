// What the message bar says of joined groups that stopped receiving: each of them while it is down,
// and nothing stale once they receive again.
#include "groupwarnings.h"

#include "messagebar.h"

#include <QStringList>

#include <algorithm>

namespace mct::ui {

GroupWarnings::GroupWarnings(MessageBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
{}

void GroupWarnings::onGroupStateChanged(const core::JoinRequest &request, bool healthy,
                                        const QString &message)
{
    const auto it = std::find_if(m_down.begin(), m_down.end(),
                                 [&request](const auto &down) { return down.first == request; });
    if (healthy) {
        if (it != m_down.end()) {
            m_down.erase(it);
            recovered(message);
        }
        return;
    }
    if (it != m_down.end()) {
        it->second = message;
    } else {
        m_down.append({request, message});
    }
    showDown();
}

void GroupWarnings::onLeft(const core::JoinRequest &request)
{
    const auto it = std::find_if(m_down.begin(), m_down.end(),
                                 [&request](const auto &down) { return down.first == request; });
    if (it != m_down.end()) {
        m_down.erase(it);
        recovered({});
    }
}

void GroupWarnings::showDown()
{
    // Every group that is down, not only the last one to go: an interface takes all its groups.
    QStringList lines;
    for (const auto &down : std::as_const(m_down)) {
        lines.append(down.second);
    }
    m_shown = lines.join(QLatin1Char('\n'));
    m_bar->showMessage(MessageBar::Kind::Warning, m_shown);
}

bool GroupWarnings::barShowsWarning() const
{
    return !m_shown.isEmpty() && !m_bar->isHidden() && m_bar->text() == m_shown;
}

void GroupWarnings::recovered(const QString &message)
{
    if (!barShowsWarning()) {
        return;
    }
    if (m_down.isEmpty()) {
        m_shown.clear();
        if (message.isEmpty()) {
            m_bar->dismiss();
        } else {
            m_bar->showMessage(MessageBar::Kind::Information, message); // hides by itself
        }
        return;
    }
    showDown();
}

} // namespace mct::ui
