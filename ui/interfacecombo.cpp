// Picks a network interface by name, listing its addresses; the first entry means "let the system decide".
#include "interfacecombo.h"

#include "interfaces.h"

namespace mct::ui {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

InterfaceCombo::InterfaceCombo(const QString &defaultLabel, QWidget *parent)
    : QComboBox(parent)
    , m_defaultLabel(defaultLabel)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    refresh();
}

QString InterfaceCombo::currentInterface() const
{
    return currentData(kNameRole).toString();
}

void InterfaceCombo::setCurrentInterface(const QString &name)
{
    int index = findData(name, kNameRole);
    if (index < 0) {
        addItem(tr("%1 (not present)").arg(name));
        index = count() - 1;
        setItemData(index, name, kNameRole);
        setItemData(index, tr("This interface does not exist on this host now"), Qt::ToolTipRole);
    }
    setCurrentIndex(index);
}

void InterfaceCombo::refresh()
{
    const QString current = currentInterface();
    QSignalBlocker blocker(this);
    clear();
    addItem(m_defaultLabel);
    setItemData(0, QString(), kNameRole);
    const auto interfaces = core::listInterfaces();
    for (const core::InterfaceInfo &info : interfaces) {
        if (!info.up) {
            continue;
        }
        // Link-local IPv6 addresses are on every interface and say little; the tool tip lists them.
        QStringList addresses;
        for (const QHostAddress &a : info.addresses) {
            if (!a.isLinkLocal()) {
                addresses.append(a.toString());
            }
        }
        QString label = addresses.isEmpty()
                                ? info.name
                                : tr("%1 \u2014 %2").arg(info.name, addresses.join(QStringLiteral(", ")));
        if (!info.multicast && !info.loopback) {
            label = tr("%1 (no multicast)").arg(label);
        }
        addItem(label);
        const int index = count() - 1;
        setItemData(index, info.name, kNameRole);
        setItemData(index, info.label(), Qt::ToolTipRole);
    }
    blocker.unblock();
    if (!current.isEmpty()) {
        setCurrentInterface(current);
    } else {
        setCurrentIndex(0);
    }
}

void InterfaceCombo::showPopup()
{
    // Interfaces come and go (VPNs, containers): list them fresh each time the user looks.
    refresh();
    QComboBox::showPopup();
}

} // namespace mct::ui
