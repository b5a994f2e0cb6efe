// Picks a network interface by name, listing its addresses; the first entry means "let the system decide".
#pragma once

#include <QComboBox>

namespace mct::ui {

class InterfaceCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceCombo)

public:
    // defaultLabel names what the empty choice does, e.g. "System default".
    explicit InterfaceCombo(const QString &defaultLabel, QWidget *parent = nullptr);

    // Empty for the default entry.
    [[nodiscard]] QString currentInterface() const;
    // Selects the interface; one that does not exist (any more) is kept as a marked entry, so a saved
    // choice survives and the engine reports the problem when it is used.
    void setCurrentInterface(const QString &name);
    // Lists the interfaces again, keeping the choice.
    void refresh();

    void showPopup() override;

private:
    QString m_defaultLabel;
};

} // namespace mct::ui
